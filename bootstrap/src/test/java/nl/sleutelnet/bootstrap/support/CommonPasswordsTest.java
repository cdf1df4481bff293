package nl.sleutelnet.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sleutelnet.domain.account.PasswordBlocklist;
import nl.sleutelnet.domain.account.Username;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    private final Username name = Username.of("coordinator.west");

    @Test
    void theShippedListRefusesCommonPasswordsAndTheirVariantsOnceItIsRead() {
        PasswordBlocklist list = CommonPasswords.blocklist();

        assertThat(list.refuses("qwertyuiop", name)).isTrue();
        assertThat(list.refuses("Football2026!", name)).isTrue();
        assertThat(list.refuses("een fiets op de brug bij de Maas", name)).isFalse();
        assertThat(list.size()).isGreaterThanOrEqualTo(CommonPasswords.EXPECTED_AT_LEAST);
        assertThat(CommonPasswords.blocklist()).as("one list, read once").isSameAs(list);
    }
}
