package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import nl.sleutelnet.adapters.web.api.Dtos.NieuwThemaDto;
import nl.sleutelnet.adapters.web.api.Dtos.ThemaDto;
import nl.sleutelnet.adapters.web.api.Dtos.ThemaWijzigingDto;
import nl.sleutelnet.adapters.web.api.Dtos.ThemasDto;
import nl.sleutelnet.application.port.in.theme.AddThemeCommand;
import nl.sleutelnet.application.port.in.theme.AddThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ChangeThemeCommand;
import nl.sleutelnet.application.port.in.theme.ChangeThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/themas")
@Tag(name = "Thema's", description = "De soorten spanning die de aanpak volgt (referentiegegevens)")
public class ThemasController {

    private final ListThemesUseCase listThemes;
    private final AddThemeUseCase addTheme;
    private final ChangeThemeUseCase changeTheme;
    private final ApiMapper mapper = ApiMapper.INSTANCE;

    public ThemasController(ListThemesUseCase listThemes, AddThemeUseCase addTheme, ChangeThemeUseCase changeTheme) {
        this.listThemes = listThemes;
        this.addTheme = addTheme;
        this.changeTheme = changeTheme;
    }

    @GetMapping
    @Operation(summary = "Thema's in hun volgorde; gestopte alleen op verzoek")
    public ThemasDto themas(Actor actor, @RequestParam(defaultValue = "false") boolean inclusiefGestopt) {
        return new ThemasDto(listThemes.listThemes(actor, inclusiefGestopt).stream().map(mapper::toDto).toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Eén thema, met zijn versie als ETag")
    public ResponseEntity<ThemaDto> thema(Actor actor, @PathVariable String code) {
        ThemeCode wanted = Parameters.parse("code", () -> ThemeCode.of(code));
        Theme theme = listThemes.listThemes(actor, true).stream().filter(t -> t.code().equals(wanted)).findFirst()
                .orElseThrow(() -> DomainException.notFound("theme.not-found", "There is no theme with code '%s'.",
                        code));
        return Parameters.withEtag(theme.version(), mapper.toDto(theme));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een thema toevoegen (beheerder)")
    public ResponseEntity<ThemaDto> toevoegen(Actor actor, @RequestBody NieuwThemaDto body) {
        Theme added = addTheme.addTheme(actor, new AddThemeCommand(body.code(), body.naam(), body.omschrijving()));
        return ResponseEntity.created(URI.create(ApiVersion.BASE_PATH + "/themas/" + added.code()))
                .eTag(Parameters.etag(added.version())).body(mapper.toDto(added));
    }

    @PutMapping(value = "/{code}", consumes = "application/json")
    @Operation(summary = "Een thema wijzigen, hernoemen of stoppen (beheerder); vereist If-Match")
    public ResponseEntity<ThemaDto> wijzigen(Actor actor, @PathVariable String code,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ThemaWijzigingDto body) {
        long version = Parameters.ifMatch(ifMatch);
        Theme changed = changeTheme.changeTheme(actor, new ChangeThemeCommand(code, body.naam(), body.omschrijving(),
                body.positie(), body.actief(), version));
        return Parameters.withEtag(changed.version(), mapper.toDto(changed));
    }
}
