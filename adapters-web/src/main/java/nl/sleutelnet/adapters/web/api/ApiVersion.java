package nl.sleutelnet.adapters.web.api;

/** The REST API's version: the major in the path, the full semantic version in the {@code API-Version} header. */
public final class ApiVersion {

    public static final String BASE_PATH = "/api/v1";
    public static final String FULL = "1.0.0";
    public static final String HEADER = "API-Version";

    private ApiVersion() {
    }
}
