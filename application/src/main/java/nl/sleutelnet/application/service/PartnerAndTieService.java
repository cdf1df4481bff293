package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangePartnerUseCase;
import nl.sleutelnet.application.port.in.network.ChangeTieUseCase;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.ListPartnersUseCase;
import nl.sleutelnet.application.port.in.network.ListTiesUseCase;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.RemoveTieUseCase;
import nl.sleutelnet.application.port.in.network.ShowPartnerUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.out.IdGenerator;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.application.port.out.TieRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.StaleVersionException;

/** The partners of the network and the ties between members. */
public final class PartnerAndTieService implements RegisterPartnerUseCase, ChangePartnerUseCase, ListPartnersUseCase,
        ShowPartnerUseCase, ConnectMembersUseCase, ChangeTieUseCase, RemoveTieUseCase, ListTiesUseCase {

    private final PartnerRepository partners;
    private final TieRepository ties;
    private final NetworkReferences references;
    private final IdGenerator ids;

    public PartnerAndTieService(PartnerRepository partners, TieRepository ties, NetworkReferences references,
            IdGenerator ids) {
        this.partners = checkNotNull(partners, "partners");
        this.ties = checkNotNull(ties, "ties");
        this.references = checkNotNull(references, "references");
        this.ids = checkNotNull(ids, "ids");
    }

    @Override
    public Partner registerPartner(Actor actor, PartnerCommand command) {
        actor.require(Permission.MANAGE_NETWORK);
        requireKnown(command);
        return partners.save(Partner.register(new PartnerId(ids.newId()), command.name(), command.partnerKind(),
                command.neighbourhoodCodes(), command.contact(), command.notes()));
    }

    @Override
    public Partner changePartner(Actor actor, PartnerCommand command) {
        actor.require(Permission.MANAGE_NETWORK);
        checkNotNull(command.id(), "id");
        Partner current = findPartner(command.partnerId());
        if (current.version() != command.expectedVersion()) {
            throw new StaleVersionException("Partner", current.name(), command.expectedVersion(), current.version());
        }
        requireKnown(command);
        return partners.save(current.change(command.name(), command.partnerKind(), command.neighbourhoodCodes(),
                command.contact(), command.notes(), command.active()));
    }

    @Override
    public List<Partner> listPartners(Actor actor) {
        actor.require(Permission.VIEW_KEY_PERSONS);
        return partners.findAll();
    }

    @Override
    public Partner showPartner(Actor actor, UUID partnerId) {
        actor.require(Permission.VIEW_KEY_PERSONS);
        return findPartner(new PartnerId(partnerId));
    }

    @Override
    public Tie connect(Actor actor, TieCommand command) {
        actor.require(Permission.MANAGE_NETWORK);
        MemberRef a = command.memberA();
        MemberRef b = command.memberB();
        List<FieldViolation> problems = new ArrayList<>();
        if (!references.memberExists(a)) {
            problems.add(new FieldViolation("a", "member.not-found", "Member " + a + " is not in the network."));
        }
        if (!references.memberExists(b)) {
            problems.add(new FieldViolation("b", "member.not-found", "Member " + b + " is not in the network."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        Tie tie = Tie.connect(new TieId(ids.newId()), a, b, command.tieKind(), command.strength(), command.since(),
                command.lastContact());
        return ties.save(tie);
    }

    @Override
    public Tie changeTie(Actor actor, TieCommand command) {
        actor.require(Permission.MANAGE_NETWORK);
        checkNotNull(command.id(), "id");
        Tie current = findTie(command.tieId());
        if (current.version() != command.expectedVersion()) {
            throw new StaleVersionException("Tie", current.id(), command.expectedVersion(), current.version());
        }
        Tie changed = current.change(command.tieKind(), command.strength(), command.since());
        if (command.lastContact() != null) {
            changed = changed.recordContact(command.lastContact());
        }
        return ties.save(changed);
    }

    @Override
    public void removeTie(Actor actor, UUID tieId, long expectedVersion) {
        actor.require(Permission.MANAGE_NETWORK);
        findTie(new TieId(tieId));
        ties.delete(new TieId(tieId), expectedVersion);
    }

    @Override
    public List<Tie> listTies(Actor actor, MemberRef member) {
        actor.require(Permission.ANALYSE_NETWORK);
        return member == null ? ties.findAll() : ties.findByMember(member);
    }

    private void requireKnown(PartnerCommand command) {
        List<FieldViolation> problems = references.checkNeighbourhoods(command.neighbourhoodCodes());
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    private Partner findPartner(PartnerId id) {
        return partners.findById(id).orElseThrow(() -> DomainException.notFound("partner.not-found",
                "There is no partner with id %s.", id));
    }

    private Tie findTie(TieId id) {
        return ties.findById(id).orElseThrow(() -> DomainException.notFound("tie.not-found",
                "There is no tie with id %s.", id));
    }
}
