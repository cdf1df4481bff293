package nl.sleutelnet.domain.geography;

/** The form CBS codes share: two capital letters and a fixed number of digits (WK093500, BU09350000). */
final class CbsCode {

    private CbsCode() {
    }

    /**
     * True when {@code value} is {@code prefix} followed by exactly {@code digits} digits 0-9, as the pattern
     * {@code PREFIX\d{n}} matches, without a regex (codes are checked on every command and every row read).
     */
    static boolean wellFormed(String value, String prefix, int digits) {
        if (value.length() != prefix.length() + digits || !value.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
