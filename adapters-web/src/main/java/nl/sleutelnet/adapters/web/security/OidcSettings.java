package nl.sleutelnet.adapters.web.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sign-in with the city's identity provider, {@code sleutelnet.security.oidc.*}. The provider itself is a standard
 * Spring Security client registration ({@code spring.security.oauth2.client.registration.<registrationId>.*} and
 * {@code ...provider.<registrationId>.issuer-uri}).
 *
 * @param enabled        off by default
 * @param registrationId the client registration to use
 * @param usernameClaim  the claim matched to an account's username ({@code preferred_username} by default)
 * @param rolesClaim     the claim with the person's roles; empty: the account's own roles count
 * @param roleMapping    claim value → Sleutelnet role name; empty: claim values are role names themselves
 */
public record OidcSettings(boolean enabled, String registrationId, String usernameClaim, String rolesClaim,
        Map<String, String> roleMapping) {

    public OidcSettings {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(usernameClaim, "usernameClaim");
        rolesClaim = rolesClaim == null ? "" : rolesClaim.strip();
        roleMapping = Map.copyOf(roleMapping);
    }

    /** {@code value=ROLE} pairs, as in {@code sleutelnet-regisseur=COORDINATOR,sleutelnet-beheer=ADMIN}. */
    static Map<String, String> mapping(List<String> pairs) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : pairs) {
            if (pair.isBlank()) {
                continue;
            }
            int is = pair.lastIndexOf('=');
            if (is < 1) {
                throw new IllegalStateException("sleutelnet.security.oidc.role-mapping takes value=ROLE pairs, "
                        + "not '" + pair + "'");
            }
            mapping.put(pair.substring(0, is).strip(), pair.substring(is + 1).strip().toUpperCase(java.util.Locale.ROOT));
        }
        return mapping;
    }
}
