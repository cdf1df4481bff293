package nl.sleutelnet.application.port.in;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.sleutelnet.domain.shared.DomainException;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a command when it is built: first its Jakarta annotations (form), then, for fields whose form is
 * fine, the domain's own parsers (a username, a CBS code), so the rules live in one place. Every problem is
 * reported at once in an {@link InvalidCommandException}. Call it at the end of a record's explicit canonical
 * constructor, after the fields are assigned.
 */
public final class SelfValidating {

    /** Built once; message interpolation without an expression-language library. */
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .buildValidatorFactory().getValidator();

    private SelfValidating() {
    }

    public static void validate(Object command) {
        validate(command, checks -> {
        });
    }

    public static void validate(Object command, Consumer<Checks> domainChecks) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> badFields = new HashSet<>();
        for (ConstraintViolation<Object> v : VALIDATOR.validate(command)) {
            String field = v.getPropertyPath().toString();
            String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            violations.add(new FieldViolation(field, "validation." + annotation, v.getMessage()));
            badFields.add(rootField(field));
        }
        Checks checks = new Checks(badFields, violations);
        domainChecks.accept(checks);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::code));
            throw new InvalidCommandException(violations);
        }
    }

    private static String rootField(String path) {
        int cut = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return path.substring(0, cut);
    }

    /** Domain rules per field; skipped for a field that already failed its annotations. */
    public static final class Checks {
        private final Set<String> badFields;
        private final List<FieldViolation> violations;

        private Checks(Set<String> badFields, List<FieldViolation> violations) {
            this.badFields = badFields;
            this.violations = violations;
        }

        /** Runs {@code rule}; a {@link DomainException} it throws becomes a violation of {@code field}. */
        public Checks field(String field, Runnable rule) {
            if (!badFields.contains(field)) {
                try {
                    rule.run();
                } catch (DomainException e) {
                    violations.add(new FieldViolation(field, e.code(), e.getMessage()));
                    badFields.add(field);
                }
            }
            return this;
        }

        /**
         * Runs a rule that spans several fields, once every field it depends on passed its own checks; a
         * {@link DomainException} it throws is reported on the field {@code fieldOf} names for it.
         */
        public Checks across(List<String> dependsOn, Runnable rule,
                java.util.function.Function<DomainException, String> fieldOf) {
            if (dependsOn.stream().noneMatch(badFields::contains)) {
                try {
                    rule.run();
                } catch (DomainException e) {
                    String field = fieldOf.apply(e);
                    violations.add(new FieldViolation(field, e.code(), e.getMessage()));
                    badFields.add(field);
                }
            }
            return this;
        }

        /** Parses every element of a collection field, naming the element by its index: {@code buurten[2]}. */
        public <T> Checks each(String field, Collection<T> values, Function<T, ?> parser) {
            if (values != null && !badFields.contains(field)) {
                int index = 0;
                for (T value : values) {
                    String path = field + "[" + index++ + "]";
                    try {
                        parser.apply(value);
                    } catch (DomainException e) {
                        violations.add(new FieldViolation(path, e.code(), e.getMessage()));
                        badFields.add(field);
                    }
                }
            }
            return this;
        }
    }
}
