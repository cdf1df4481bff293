package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.out.AccountRepository;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Whether what a command refers to exists: buurten in the register, active themes, the contact person's account,
 * members of the network. The services of the network capability share these checks.
 */
public final class NetworkReferences {

    private final NeighbourhoodRegister register;
    private final ThemeRepository themes;
    private final AccountRepository accounts;
    private final KeyPersonRepository keyPersons;
    private final PartnerRepository partners;

    public NetworkReferences(NeighbourhoodRegister register, ThemeRepository themes, AccountRepository accounts,
            KeyPersonRepository keyPersons, PartnerRepository partners) {
        this.register = checkNotNull(register, "register");
        this.themes = checkNotNull(themes, "themes");
        this.accounts = checkNotNull(accounts, "accounts");
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.partners = checkNotNull(partners, "partners");
    }

    List<FieldViolation> checkProfile(KeyPerson.Profile profile) {
        List<FieldViolation> problems = new ArrayList<>(checkNeighbourhoods(profile.neighbourhoods()));
        problems.addAll(checkThemes(profile.themes()));
        if (profile.contactPerson() != null && accounts.findById(profile.contactPerson()).isEmpty()) {
            problems.add(new FieldViolation("contactPerson", "account.not-found",
                    "The contact person " + profile.contactPerson() + " has no account."));
        }
        return problems;
    }

    List<FieldViolation> checkThemes(Set<ThemeCode> codes) {
        Set<ThemeCode> active = themes.findAll().stream().filter(Theme::active).map(Theme::code)
                .collect(Collectors.toSet());
        List<FieldViolation> problems = new ArrayList<>();
        for (ThemeCode code : codes) {
            if (!active.contains(code)) {
                problems.add(new FieldViolation("themes", "theme.not-found",
                        "There is no active theme '" + code + "'."));
            }
        }
        return problems;
    }

    List<FieldViolation> checkNeighbourhoods(Set<NeighbourhoodCode> codes) {
        List<FieldViolation> problems = new ArrayList<>();
        for (NeighbourhoodCode code : codes) {
            if (register.neighbourhood(code).isEmpty()) {
                problems.add(new FieldViolation("neighbourhoods", "neighbourhood.not-found",
                        "There is no buurt " + code + " in the register."));
            }
        }
        return problems;
    }

    boolean memberExists(MemberRef member) {
        return switch (member.kind()) {
            case KEY_PERSON -> keyPersons.findById(new KeyPersonId(member.id())).isPresent();
            case PARTNER -> partners.findById(new PartnerId(member.id())).isPresent();
        };
    }

    /** Whether this key person has left (departed); an unknown one counts as left. */
    public boolean hasDeparted(KeyPersonId keyPerson) {
        return keyPersons.findById(keyPerson).map(p -> p.status() == nl.sleutelnet.domain.network.KeyPersonStatus.DEPARTED)
                .orElse(true);
    }
}
