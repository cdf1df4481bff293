package nl.sleutelnet.domain.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.PartnerId;
import org.junit.jupiter.api.Test;

/**
 * Documents, and keeps, the rule for Brandsma's roles: they tag a dynamic in a case, never a person. A role is held
 * only by a {@link DynamicTag}, and a dynamic tag has exactly the components below, none of which can point at a
 * member of the network, an account or any other person. Adding a component, or a role anywhere else, fails this test
 * on purpose: whoever does it must check it against the rule and change the test.
 */
class DynamicTagModelTest {

    /** Types that identify a person or could carry an identifier of one. */
    private static final Set<Class<?>> PERSON_TYPES = Set.of(MemberRef.class, KeyPersonId.class, PartnerId.class,
            AccountId.class, UUID.class, Participant.class, Object.class);

    private static final List<String> FORBIDDEN = List.of("relig", "geloof", "faith", "belief", "ethnic", "etnic",
            "afkomst", "origin", "race", "nationalit", "politi", "party", "partij", "sexual", "seksu", "gender",
            "health", "gezond", "medical", "medisch", "disab", "handicap", "criminal", "strafbla", "person", "member",
            "name");

    @Test
    void aDynamicTagHasExactlyTheseComponentsAndNoneCanHoldAPerson() {
        assertThat(components(DynamicTag.class)).extracting(RecordComponent::getName)
                .containsExactly("id", "role", "dynamic", "from", "to");
        assertThat(components(DynamicTag.class)).extracting(RecordComponent::getType)
                .containsExactly(DynamicTagId.class, PolarisationRole.class, String.class, LocalDate.class,
                        LocalDate.class);
        // its id identifies the tag: a UUID of its own, generated for the tag
        assertThat(components(DynamicTagId.class)).extracting(RecordComponent::getName).containsExactly("value");
        for (Field field : DynamicTag.class.getDeclaredFields()) {
            assertThat(PERSON_TYPES).as("DynamicTag.%s", field.getName()).doesNotContain(field.getType());
            assertThat(FORBIDDEN).as("DynamicTag.%s", field.getName())
                    .noneMatch(field.getName().toLowerCase(Locale.ROOT)::contains);
        }
    }

    @Test
    void aRoleIsHeldByADynamicTagAndNothingElse() throws Exception {
        List<Class<?>> types = typesOfThePackage();
        assertThat(types).as("the classes of the package were found").contains(Intervention.class, DynamicTag.class,
                Participant.class, Task.class, CapacityAssessment.class);
        for (Class<?> type : types) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || type == DynamicTag.class) {
                    continue;
                }
                assertThat(field.getType()).as("%s.%s", type.getSimpleName(), field.getName())
                        .isNotEqualTo(PolarisationRole.class);
                assertThat(typeArguments(field.getGenericType())).as("%s.%s", type.getSimpleName(), field.getName())
                        .doesNotContain(PolarisationRole.class);
            }
        }
    }

    @Test
    void taggingADynamicTakesNoPersonOnlyTheTagAndWhoRecordsIt() {
        for (Method method : Intervention.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || !method.getName().toLowerCase(Locale.ROOT)
                    .contains("dynamic")) {
                continue;
            }
            List<Class<?>> parameters = Arrays.asList(method.getParameterTypes());
            assertThat(parameters).as(method.getName()).doesNotContain(MemberRef.class, KeyPersonId.class,
                    PartnerId.class, Participant.class, UUID.class);
            // an account only as the last parameter: the member of staff who records the tag
            if (parameters.contains(AccountId.class)) {
                assertThat(parameters.indexOf(AccountId.class)).as(method.getName())
                        .isEqualTo(parameters.size() - 1);
            }
        }
    }

    @Test
    void theRolesAreBrandsmasFiveAndCarryNothing() {
        assertThat(PolarisationRole.values()).extracting(Enum::name).containsExactly("PUSHER", "JOINER",
                "SILENT_MIDDLE", "BRIDGE_BUILDER", "SCAPEGOAT");
        assertThat(Arrays.stream(PolarisationRole.class.getDeclaredFields())
                .filter(f -> !f.isEnumConstant() && !f.isSynthetic())).isEmpty();
    }

    @Test
    void aParticipantHasAPartNotARole() {
        assertThat(components(Participant.class)).extracting(RecordComponent::getName)
                .containsExactly("member", "part");
    }

    private static List<RecordComponent> components(Class<?> record) {
        return List.of(record.getRecordComponents());
    }

    private static List<Type> typeArguments(Type type) {
        return type instanceof ParameterizedType parameterized ? List.of(parameterized.getActualTypeArguments())
                : List.of();
    }

    /** Every class compiled into the package, nested ones included, read from the class path directory. */
    private static List<Class<?>> typesOfThePackage() throws URISyntaxException, ClassNotFoundException {
        String pkg = Intervention.class.getPackageName();
        URL url = Intervention.class.getResource("Intervention.class");
        File dir = new File(url.toURI()).getParentFile();
        List<Class<?>> types = new ArrayList<>();
        for (String file : dir.list()) {
            if (file.endsWith(".class") && !file.equals("package-info.class")) {
                types.add(Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length())));
            }
        }
        return types;
    }
}
