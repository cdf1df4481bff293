package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.sleutelnet.adapters.web.api.Dtos.GebruikerDto;
import nl.sleutelnet.adapters.web.api.Dtos.GebruikerWijzigingDto;
import nl.sleutelnet.adapters.web.api.Dtos.GebruikersDto;
import nl.sleutelnet.adapters.web.api.Dtos.NieuwTokenDto;
import nl.sleutelnet.adapters.web.api.Dtos.NieuweGebruikerDto;
import nl.sleutelnet.adapters.web.api.Dtos.TokenDto;
import nl.sleutelnet.adapters.web.api.Dtos.TokensDto;
import nl.sleutelnet.adapters.web.api.Dtos.UitgegevenTokenDto;
import nl.sleutelnet.adapters.web.api.Dtos.WachtwoordDto;
import nl.sleutelnet.application.port.in.account.ChangeAccountCommand;
import nl.sleutelnet.application.port.in.account.ChangeAccountUseCase;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.account.IssueApiTokenCommand;
import nl.sleutelnet.application.port.in.account.IssueApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.IssuedApiToken;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.application.port.in.account.ListApiTokensUseCase;
import nl.sleutelnet.application.port.in.account.RevokeApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.SetPasswordCommand;
import nl.sleutelnet.application.port.in.account.SetPasswordUseCase;
import nl.sleutelnet.application.port.in.account.ShowAccountUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.account.Account;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.account.ApiTokenId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/gebruikers")
@Tag(name = "Gebruikers", description = "Persoonlijke accounts en API-tokens (beheerder)")
public class GebruikersController {

    private final CreateAccountUseCase create;
    private final ListAccountsUseCase list;
    private final ShowAccountUseCase show;
    private final ChangeAccountUseCase change;
    private final SetPasswordUseCase setPassword;
    private final IssueApiTokenUseCase issueToken;
    private final ListApiTokensUseCase listTokens;
    private final RevokeApiTokenUseCase revokeToken;
    private final ApiMapper mapper = ApiMapper.INSTANCE;

    public GebruikersController(CreateAccountUseCase create, ListAccountsUseCase list, ShowAccountUseCase show,
            ChangeAccountUseCase change, SetPasswordUseCase setPassword, IssueApiTokenUseCase issueToken,
            ListApiTokensUseCase listTokens, RevokeApiTokenUseCase revokeToken) {
        this.create = create;
        this.list = list;
        this.show = show;
        this.change = change;
        this.setPassword = setPassword;
        this.issueToken = issueToken;
        this.listTokens = listTokens;
        this.revokeToken = revokeToken;
    }

    @GetMapping
    @Operation(summary = "Alle accounts, op gebruikersnaam")
    public GebruikersDto gebruikers(Actor actor) {
        return new GebruikersDto(list.listAccounts(actor).stream().map(mapper::toDto).toList());
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een persoonlijk account aanmaken")
    public ResponseEntity<GebruikerDto> aanmaken(Actor actor, @RequestBody NieuweGebruikerDto body) {
        Account created = create.createAccount(actor, new CreateAccountCommand(body.gebruikersnaam(), body.naam(),
                body.rollen(), body.buurten(), body.wachtwoord(), body.email()));
        return ResponseEntity.created(URI.create(ApiVersion.BASE_PATH + "/gebruikers/" + created.id()))
                .eTag(Parameters.etag(created.version())).body(mapper.toDto(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén account, met zijn versie als ETag")
    public ResponseEntity<GebruikerDto> gebruiker(Actor actor, @PathVariable String id) {
        Account account = show.showAccount(actor, accountId(id));
        return Parameters.withEtag(account.version(), mapper.toDto(account));
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    @Operation(summary = "Naam, rollen, buurten, e-mailadres of actief wijzigen; vereist If-Match")
    public ResponseEntity<GebruikerDto> wijzigen(Actor actor, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody GebruikerWijzigingDto body) {
        long version = Parameters.ifMatch(ifMatch);
        Account changed = change.changeAccount(actor, new ChangeAccountCommand(accountId(id).value(), body.naam(),
                body.rollen(), body.buurten(), body.email(), body.actief(), version));
        return Parameters.withEtag(changed.version(), mapper.toDto(changed));
    }

    @PutMapping(value = "/{id}/wachtwoord", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Een nieuw wachtwoord instellen")
    public void wachtwoord(Actor actor, @PathVariable String id, @RequestBody WachtwoordDto body) {
        setPassword.setPassword(actor, new SetPasswordCommand(accountId(id).value(), body.wachtwoord()));
    }

    @GetMapping("/{id}/tokens")
    @Operation(summary = "De API-tokens van een account, nieuwste eerst")
    public TokensDto tokens(Actor actor, @PathVariable String id) {
        return new TokensDto(listTokens.listApiTokens(actor, accountId(id)).stream().map(mapper::toDto).toList());
    }

    @PostMapping(value = "/{id}/tokens", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een API-token uitgeven; het geheim staat alleen in dit antwoord")
    public ResponseEntity<UitgegevenTokenDto> tokenUitgeven(Actor actor, @PathVariable String id,
            @RequestBody NieuwTokenDto body) {
        IssuedApiToken issued = issueToken.issueApiToken(actor,
                new IssueApiTokenCommand(accountId(id).value(), body.naam()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new UitgegevenTokenDto(mapper.toDto(issued.token()), issued.secret().reveal()));
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @Operation(summary = "Een API-token intrekken; het werkt meteen niet meer")
    public TokenDto tokenIntrekken(Actor actor, @PathVariable String id, @PathVariable String tokenId) {
        UUID token = Parameters.uuid("tokenId", tokenId);
        return mapper.toDto(revokeToken.revokeApiToken(actor, accountId(id), new ApiTokenId(token)));
    }

    private static AccountId accountId(String id) {
        return new AccountId(Parameters.uuid("id", id));
    }
}
