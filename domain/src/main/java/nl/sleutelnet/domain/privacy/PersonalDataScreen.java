package nl.sleutelnet.domain.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds personal identifiers in free text before it is stored: e-mail addresses, phone numbers (Dutch and
 * international), BSNs (nine digits that pass the 11-check) and postcodes with a house number. A signal is about
 * a neighbourhood, not a dossier on a citizen, so such text is refused and the reporter is asked to remove it.
 *
 * <p>Known limits, documented for users: names cannot be recognised reliably and remain the writer's duty; nor can
 * street names with a number but without a postcode, licence plates, dates of birth, or identifiers written out in
 * words ("nul zes ..."). A nine-digit number that happens to pass the 11-check is treated as a BSN.
 */
public final class PersonalDataScreen {

    /** What kind of identifier was found. */
    public enum Kind { EMAIL, PHONE, BSN, POSTCODE_HOUSE_NUMBER }

    /** One identifier found, with where it is and a masked excerpt that helps the writer find it. */
    public record Finding(Kind kind, int start, int end, String excerpt) {
    }

    /**
     * An address starts where a run of address characters starts (the look-behind) and takes the run whole (possessive),
     * so a long text without an {@code @} is read once, not once per character (which took minutes for 100,000).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]++@[\\w-]+(\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\d\\w])(\\+|00)?\\d[\\d \\-.()]{6,17}\\d(?![\\d\\w])");
    private static final Pattern POSTCODE_NUMBER = Pattern.compile(
            "(?<![\\d\\w])[1-9]\\d{3} ?[A-Za-z]{2}(?![\\w])[ ,]*\\d{1,5}(?!\\d)"
                    + "|(?<![\\d\\w])\\d{1,5}[a-zA-Z]?[ ,]+[1-9]\\d{3} ?[A-Za-z]{2}(?![\\w])");

    private static final Map<Kind, String> NAMES = Map.of(
            Kind.EMAIL, "an e-mail address",
            Kind.PHONE, "a phone number",
            Kind.BSN, "a citizen service number (BSN)",
            Kind.POSTCODE_HOUSE_NUMBER, "a postcode with a house number");

    private PersonalDataScreen() {
    }

    /**
     * The findings in English for a refusal that says what to remove and where, without repeating the identifier:
     * "a phone number (06-… at position 5), an e-mail address (pie… at position 30)".
     */
    public static String describe(List<Finding> findings) {
        return findings.stream().map(f -> NAMES.get(f.kind()) + " (" + f.excerpt() + " at position " + (f.start() + 1)
                + ")").collect(Collectors.joining(", "));
    }

    public static List<Finding> screen(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        // every address has an @ and every other identifier digits: most texts need no pattern at all
        if (text.indexOf('@') >= 0) {
            find(EMAIL, text, Kind.EMAIL, findings);
        }
        if (!hasDigit(text)) {
            return findings;
        }
        find(POSTCODE_NUMBER, text, Kind.POSTCODE_HOUSE_NUMBER, findings);
        Matcher numbers = NUMBERS.matcher(text);
        while (numbers.find()) {
            if (overlaps(findings, numbers.start(), numbers.end())) {
                continue;
            }
            String digits = numbers.group().replaceAll("\\D", "");
            boolean international = numbers.group(1) != null;
            if (isPhone(digits, international)) {
                findings.add(finding(Kind.PHONE, text, numbers.start(), numbers.end()));
            } else if (!international && isBsn(digits)) {
                findings.add(finding(Kind.BSN, text, numbers.start(), numbers.end()));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /** Whether {@code text} has a character that {@code \d} matches (without a flag, only 0 to 9). */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The 11-check of a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not all zeros). */
    public static boolean isBsn(String digits) {
        if (digits.length() != 9 || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static boolean isPhone(String digits, boolean international) {
        if (international) {
            return digits.length() >= 10 && digits.length() <= 15;
        }
        return digits.length() == 10 && digits.charAt(0) == '0' && digits.charAt(1) != '0';
    }

    private static void find(Pattern pattern, String text, Kind kind, List<Finding> findings) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            findings.add(finding(kind, text, m.start(), m.end()));
        }
    }

    private static boolean overlaps(List<Finding> findings, int start, int end) {
        return findings.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    /** Shows the first characters and hides the rest, so a message does not repeat the identifier. */
    private static Finding finding(Kind kind, String text, int start, int end) {
        String found = text.substring(start, end);
        int shown = Math.min(3, found.length() / 3);
        return new Finding(kind, start, end, found.substring(0, shown) + "…");
    }
}
