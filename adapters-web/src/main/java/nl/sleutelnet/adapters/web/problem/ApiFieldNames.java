package nl.sleutelnet.adapters.web.problem;

import java.util.Map;

/**
 * The core names a field as its command does ({@code username}); an API client sent the Dutch JSON name
 * ({@code gebruikersnaam}). This glossary translates the first segment of a field path, keeping any index:
 * {@code neighbourhoods[2]} becomes {@code buurten[2]}.
 */
public final class ApiFieldNames {

    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("username", "gebruikersnaam"),
            Map.entry("displayName", "naam"),
            Map.entry("roles", "rollen"),
            Map.entry("neighbourhoods", "buurten"),
            Map.entry("password", "wachtwoord"),
            Map.entry("newPassword", "wachtwoord"),
            Map.entry("currentPassword", "huidigWachtwoord"),
            Map.entry("name", "naam"),
            Map.entry("description", "omschrijving"),
            Map.entry("position", "positie"),
            Map.entry("active", "actief"),
            Map.entry("enabled", "actief"),
            Map.entry("district", "wijk"),
            Map.entry("nameContains", "naam"),
            Map.entry("accountId", "id"),
            Map.entry("expectedVersion", "If-Match"));

    private ApiFieldNames() {
    }

    public static String toApi(String field) {
        int cut = field.length();
        for (char c : new char[] {'.', '['}) {
            int at = field.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String root = field.substring(0, cut);
        return DUTCH.getOrDefault(root, root) + field.substring(cut);
    }
}
