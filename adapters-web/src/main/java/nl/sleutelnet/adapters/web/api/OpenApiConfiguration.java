package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Map;
import java.util.TreeMap;
import nl.sleutelnet.domain.access.Actor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as the Dutch API Design Rules ask: contact details, a server URL with {@code /v1}, the
 * {@code API-Version} header on every response, problem details for every error, bearer tokens.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // The acting user comes from the security context, not from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private static final String PROBLEM = "Problem";
    private static final String VERSION_HEADER = "API-Version";

    @Bean
    OpenAPI sleutelnetOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sleutelnet API").version(ApiVersion.FULL)
                        .description("""
                                Netwerkregie voor de aanpak van polarisatie: het register van wijken en buurten, \
                                thema's, gebruikers en API-tokens, en het netwerk van sleutelpersonen, partners en \
                                hun verbindingen. Sleutelnet volgt verschijnselen, geen personen: sleutelpersonen \
                                zijn geïnformeerde partners met een vastgelegde grondslag, geen informanten.

                                Authenticatie: `Authorization: Bearer <token>` met een API-token dat een beheerder \
                                uitgeeft. Fouten zijn `application/problem+json` (RFC 9457); bij ongeldige invoer \
                                staan alle foute velden tegelijk in `invalidParams`. Wijzigen vereist `If-Match` \
                                met de ETag van de gelezen versie.""")
                        .contact(new Contact().name("Sleutelnet beheer").email("sleutelnet@maastricht.nl")
                                .url("https://github.com/sleutelnet/sleutelnet"))
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                .components(new Components()
                        .addSecuritySchemes("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("API-token uitgegeven door een beheerder"))
                        .addHeaders(VERSION_HEADER, new Header().description("De volledige versie van de API")
                                .schema(new StringSchema().example(ApiVersion.FULL)))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }

    /** Paths relative to the server {@code /api/v1}; headers and errors on every operation. */
    @Bean
    OpenApiCustomizer dutchApiDesignRules() {
        return openApi -> {
            openApi.setServers(java.util.List.of(new Server().url(ApiVersion.BASE_PATH)
                    .description("Deze installatie")));
            Paths relative = new Paths();
            Map<String, PathItem> sorted = new TreeMap<>(openApi.getPaths());
            sorted.forEach((path, item) -> {
                item.readOperationsMap().forEach((method, operation) -> describeResponses(path, method, operation));
                relative.addPathItem(path.substring(ApiVersion.BASE_PATH.length()), item);
            });
            openApi.setPaths(relative);
            if (openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().keySet()
                        .removeIf(name -> name.equals("Actor") || name.equals("AccountId")
                                || name.equals("NeighbourhoodCode"));
            }
        };
    }

    private static void describeResponses(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                response.addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
            }
        });
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            problem(responses, "400", "Ongeldige invoer: alle foute velden staan in invalidParams");
        }
        problem(responses, "401", "Niet ingelogd of geen geldig API-token");
        problem(responses, "403", "Niet toegestaan met deze rollen");
        if (path.contains("{")) {
            problem(responses, "404", "Bestaat niet");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            problem(responses, "409", "Conflict met de huidige toestand (bijvoorbeeld een bestaande code)");
        }
        if ((method == PathItem.HttpMethod.PUT && path.matches(".*/\\{[a-z]+}$")) || takesIfMatch(operation)) {
            problem(responses, "412", "Iemand anders heeft dit intussen gewijzigd (If-Match klopt niet meer)");
            problem(responses, "428", "If-Match ontbreekt: stuur de ETag van de versie die u wijzigt mee");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "415", "Stuur de body als application/json");
        }
        problem(responses, "500", "Fout aan de kant van Sleutelnet; er is niets gewijzigd");
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.computeIfAbsent(status, s -> new ApiResponse()).description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))
                .addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema invalidParam = new ObjectSchema();
        invalidParam.addProperty("name", new StringSchema().description("Het veld, de parameter of de header"));
        invalidParam.addProperty("code", new StringSchema().description("Vaste code van de regel"));
        invalidParam.addProperty("reason", new StringSchema().description("Wat er mis is en hoe het goed kan"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("Probleemdetails volgens RFC 9457");
        problem.addProperty("type", new StringSchema().example("about:blank"));
        problem.addProperty("title", new StringSchema().example("Bad Request"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("code", new StringSchema().example("command.invalid"));
        problem.addProperty("invalidParams", new ArraySchema().items(invalidParam));
        problem.setRequired(java.util.List.of("status", "title", "detail"));
        return problem;
    }
}
