package nl.sleutelnet.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents, and keeps, the first rule: follow phenomena, not persons. A key person's record has exactly the fields
 * below, none of them can hold religion, ethnicity, political opinion, sexual orientation or health (GDPR art. 9),
 * and there is no open-ended attribute map where such data could be put. Adding a field fails this test on purpose:
 * whoever adds one must check it against the rule and add it here.
 */
class KeyPersonModelTest {

    private static final List<String> FORBIDDEN = List.of("relig", "geloof", "faith", "belief", "ethnic", "etnic",
            "afkomst", "origin", "race", "nationalit", "politi", "party", "partij", "sexual", "seksu", "gender",
            "health", "gezond", "medical", "medisch", "disab", "handicap", "criminal", "strafbla");

    @Test
    void aKeyPersonHasExactlyTheseFields() {
        assertThat(components(KeyPerson.Snapshot.class)).containsExactly("id", "profile", "legalBasis",
                "nomination", "lastContact", "history", "version");
        assertThat(components(KeyPerson.Profile.class)).containsExactly("displayName", "contact", "neighbourhoods",
                "reach", "themes", "languages", "contactPerson", "notes");
        assertThat(components(ContactDetails.class)).containsExactly("email", "phone");
        assertThat(components(Reach.class)).containsExactly("description");
        assertThat(components(LegalBasis.class)).containsExactly("ground", "recordedOn", "purposes", "howGiven",
                "reference", "withdrawnOn");
    }

    @Test
    void noFieldNamesASpecialCategory() {
        for (Class<?> type : List.of(KeyPerson.class, KeyPerson.Profile.class, KeyPerson.Snapshot.class,
                ContactDetails.class, Reach.class, LegalBasis.class, Nomination.class, StatusChange.class,
                Partner.class, Tie.class)) {
            for (Field field : type.getDeclaredFields()) {
                String name = field.getName().toLowerCase(Locale.ROOT);
                assertThat(FORBIDDEN).as("%s.%s", type.getSimpleName(), field.getName())
                        .noneMatch(name::contains);
            }
        }
    }

    @Test
    void thereIsNoOpenEndedAttributeMap() {
        for (Class<?> type : List.of(KeyPerson.class, KeyPerson.Profile.class, Partner.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    assertThat(Map.class.isAssignableFrom(field.getType()))
                            .as("%s.%s is a map", type.getSimpleName(), field.getName()).isFalse();
                    assertThat(typeArguments(field.getGenericType())).as("%s.%s", type.getSimpleName(),
                            field.getName()).doesNotContain(Object.class);
                }
            }
        }
    }

    @Test
    void enumsOnAPersonNameNoSpecialCategory() {
        for (Class<? extends Enum<?>> type : List.of(KeyPersonStatus.class, ProcessingPurpose.class,
                LegalGround.class, MemberKind.class, TieKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String name = constant.name().toLowerCase(Locale.ROOT);
                assertThat(FORBIDDEN).as("%s.%s", type.getSimpleName(), constant).noneMatch(name::contains);
            }
        }
    }

    private static List<String> components(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static List<Type> typeArguments(Type type) {
        return type instanceof ParameterizedType parameterized ? List.of(parameterized.getActualTypeArguments())
                : List.of();
    }
}
