package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.sleutelnet.adapters.web.api.Dtos.BuurtDto;
import nl.sleutelnet.adapters.web.api.Dtos.BuurtenDto;
import nl.sleutelnet.adapters.web.api.Dtos.FeatureCollectionDto;
import nl.sleutelnet.adapters.web.api.Dtos.WijkDto;
import nl.sleutelnet.adapters.web.api.Dtos.WijkenDto;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.geography.ListNeighbourhoodsUseCase;
import nl.sleutelnet.application.port.in.geography.NeighbourhoodQuery;
import nl.sleutelnet.application.port.in.geography.ShowDistrictUseCase;
import nl.sleutelnet.application.port.in.geography.ShowNeighbourhoodUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH)
@Tag(name = "Gebieden", description = "De CBS-wijken en -buurten van de gemeente")
public class GeografieController {

    static final String GEO_JSON = "application/geo+json";

    private final ListDistrictsUseCase listDistricts;
    private final ShowDistrictUseCase showDistrict;
    private final ListNeighbourhoodsUseCase listNeighbourhoods;
    private final ShowNeighbourhoodUseCase showNeighbourhood;
    private final ApiMapper mapper = ApiMapper.INSTANCE;

    public GeografieController(ListDistrictsUseCase listDistricts, ShowDistrictUseCase showDistrict,
            ListNeighbourhoodsUseCase listNeighbourhoods, ShowNeighbourhoodUseCase showNeighbourhood) {
        this.listDistricts = listDistricts;
        this.showDistrict = showDistrict;
        this.listNeighbourhoods = listNeighbourhoods;
        this.showNeighbourhood = showNeighbourhood;
    }

    @GetMapping("/wijken")
    @Operation(summary = "Alle wijken met hun buurten en inwoners")
    public WijkenDto wijken(Actor actor) {
        return new WijkenDto(listDistricts.listDistricts(actor).stream().map(mapper::toDto).toList());
    }

    @GetMapping("/wijken/{code}")
    @Operation(summary = "Eén wijk")
    public WijkDto wijk(Actor actor, @PathVariable @Parameter(example = "WK093504") String code) {
        return mapper.toDto(showDistrict.showDistrict(actor, Parameters.parse("code", () -> DistrictCode.of(code))));
    }

    /**
     * The buurten as JSON, or with {@code Accept: application/geo+json} as a GeoJSON FeatureCollection with their
     * outlines, for a map. Without an Accept header (or {@code *}{@code /*}) the answer is plain JSON.
     */
    @GetMapping("/buurten")
    @Operation(summary = "Buurten, eventueel van één wijk of met een naam die een tekst bevat; als GeoJSON met "
            + "Accept: application/geo+json")
    @ApiResponse(responseCode = "200", description = "De buurten", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = BuurtenDto.class)),
        @Content(mediaType = GEO_JSON, schema = @Schema(implementation = FeatureCollectionDto.class))})
    public ResponseEntity<Object> buurten(Actor actor,
            @RequestParam(required = false) @Parameter(description = "CBS-wijkcode", example = "WK093502") String wijk,
            @RequestParam(required = false) @Parameter(description = "Deel van de naam") String naam,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Parameter(hidden = true) String accept) {
        List<Neighbourhood> buurten = listNeighbourhoods.listNeighbourhoods(actor, new NeighbourhoodQuery(wijk, naam));
        if (accept != null && accept.contains(GEO_JSON)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GEO_JSON))
                    .body(new FeatureCollectionDto("FeatureCollection",
                            buurten.stream().map(mapper::toFeature).toList()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new BuurtenDto(
                buurten.stream().map(mapper::toDto).map(GeografieController::withoutGeometry).toList()));
    }

    @GetMapping("/buurten/{code}")
    @Operation(summary = "Eén buurt, met haar omtrek")
    public BuurtDto buurt(Actor actor, @PathVariable @Parameter(example = "BU09350207") String code) {
        return mapper.toDto(showNeighbourhood.showNeighbourhood(actor,
                Parameters.parse("code", () -> NeighbourhoodCode.of(code))));
    }

    private static BuurtDto withoutGeometry(BuurtDto dto) {
        return new BuurtDto(dto.code(), dto.naam(), dto.wijk(), dto.inwoners(), dto.inwonersPeiljaar(), null);
    }
}
