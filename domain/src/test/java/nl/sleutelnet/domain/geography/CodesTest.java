package nl.sleutelnet.domain.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    @Test
    void aBuurtKnowsItsWijkAndMunicipality() {
        NeighbourhoodCode wyckerpoort = NeighbourhoodCode.of("BU09350404");
        assertThat(wyckerpoort.district()).isEqualTo(DistrictCode.of("WK093504"));
        assertThat(wyckerpoort.district().municipality()).isEqualTo("GM0935");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BU0935", "bu09350000", "WK09350000", "BU093500000", "BU0935000A", " BU09350000"})
    void refusesWhatIsNotABuurtCodeAndSaysWhatIsExpected(String bad) {
        assertThatThrownBy(() -> NeighbourhoodCode.of(bad))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("neighbourhood.code.invalid");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                })
                .hasMessageContaining("BU followed by 8 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "WK0935", "wk093500", "BU093500", "WK0935001"})
    void refusesWhatIsNotAWijkCode(String bad) {
        assertThatThrownBy(() -> DistrictCode.of(bad)).isInstanceOf(DomainException.class)
                .hasMessageContaining("WK followed by 6 digits");
    }

    @Property
    void everyBuurtLiesInTheWijkItsCodeNames(@ForAll @IntRange(min = 0, max = 99) int wijk,
            @ForAll @IntRange(min = 0, max = 99) int buurt) {
        NeighbourhoodCode code = NeighbourhoodCode.of(String.format("BU0935%02d%02d", wijk, buurt));
        assertThat(code.district().value()).isEqualTo(String.format("WK0935%02d", wijk));
    }

    @Test
    void aCodeReadTwiceIsOneInstanceAndEqualToAFreshOne() {
        NeighbourhoodCode first = NeighbourhoodCode.of("BU09350207");
        NeighbourhoodCode again = NeighbourhoodCode.of(new StringBuilder("BU0935").append("0207").toString());
        assertThat(again).isSameAs(first).isEqualTo(new NeighbourhoodCode("BU09350207"));
        ThemeCode theme = ThemeCode.of("wij-zij");
        assertThat(ThemeCode.of(new StringBuilder("wij-").append("zij").toString())).isSameAs(theme)
                .isEqualTo(new ThemeCode("wij-zij")).isNotSameAs(ThemeCode.of("religie"));
    }
}
