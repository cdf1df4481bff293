package nl.sleutelnet.bootstrap.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person in the staff UI over plain HTTP, as a browser would be: the session cookie it was given, and the CSRF
 * token of the last page with a form. Signing in posts the sign-in form; the answer is kept for the test to read.
 */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final Http http;
    private String sessionId;
    private String csrf;
    private Http.Response lastSignIn;

    public StaffSession(Http http) {
        this.http = http;
    }

    /** Opens the sign-in page (which starts an anonymous session) and posts the form. */
    public StaffSession signIn(String username, String password, String... headers) {
        get("/inloggen");
        lastSignIn = post("/inloggen", "username=" + encode(username) + "&password=" + encode(password), headers);
        return this;
    }

    /** Continues a session that was started elsewhere (on another instance of the application). */
    public StaffSession adopt(String existingSessionId) {
        this.sessionId = existingSessionId;
        return this;
    }

    public Http.Response lastSignIn() {
        return lastSignIn;
    }

    /** True when the last sign-in was let through (sent on to the start page, not back to the sign-in page). */
    public boolean signedIn() {
        return lastSignIn.status() == 302 && !lastSignIn.header("Location").contains("/inloggen");
    }

    public String sessionId() {
        return sessionId;
    }

    /** The CSRF token of the last page with a form (for a cookie-based API call, as the header X-CSRF-TOKEN). */
    public String csrf() {
        return csrf;
    }

    public Http.Response get(String path, String... headers) {
        return remember(http.get(path, withCookie(headers)));
    }

    /** A form post with the CSRF token of the last page seen. */
    public Http.Response post(String path, String form, String... headers) {
        String body = csrf == null ? form : form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf);
        String[] all = withCookie(headers);
        String[] withType = new String[all.length + 2];
        System.arraycopy(all, 0, withType, 0, all.length);
        withType[all.length] = "Content-Type";
        withType[all.length + 1] = "application/x-www-form-urlencoded";
        return remember(http.send("POST", path, body, withType));
    }

    private String[] withCookie(String... headers) {
        if (sessionId == null) {
            return headers;
        }
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Cookie";
        all[headers.length + 1] = "JSESSIONID=" + sessionId;
        return all;
    }

    private Http.Response remember(Http.Response response) {
        for (String cookie : response.raw().headers().allValues("Set-Cookie")) {
            Matcher session = SESSION.matcher(cookie);
            if (session.find()) {
                sessionId = cookie.contains("Max-Age=0") ? null : session.group(1);
            }
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
