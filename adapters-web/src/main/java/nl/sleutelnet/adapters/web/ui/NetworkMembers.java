package nl.sleutelnet.adapters.web.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.sleutelnet.application.port.in.network.KeyPersonQuery;
import nl.sleutelnet.application.port.in.network.ListPartnersUseCase;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.Page;
import org.springframework.stereotype.Component;

/** The key persons and partners a user may see, by reference, with the name to show: for choices and lists. */
@Component
public class NetworkMembers {

    private final SearchKeyPersonsUseCase search;
    private final ListPartnersUseCase partners;

    public NetworkMembers(SearchKeyPersonsUseCase search, ListPartnersUseCase partners) {
        this.search = search;
        this.partners = partners;
    }

    /** Every member the actor may see (none for a user who may not see key persons). */
    public Map<MemberRef, String> names(Actor actor) {
        Map<MemberRef, String> names = new LinkedHashMap<>();
        if (!actor.may(Permission.VIEW_KEY_PERSONS)) {
            return names;
        }
        int page = 0;
        Page<KeyPerson> all;
        do {
            all = search.searchKeyPersons(actor, KeyPersonQuery.all(page++, 200));
            all.items().forEach(k -> names.put(k.asMember(), k.displayName()));
        } while (all.hasNext());
        partners.listPartners(actor).forEach(p -> names.put(p.asMember(), p.name() + " (partner)"));
        return names;
    }

    /** The same as choices for a form: {@code KIND:id} and the name. */
    public Map<String, String> choices(Actor actor) {
        Map<String, String> choices = new LinkedHashMap<>();
        names(actor).forEach((ref, name) -> choices.put(ref.kind() + ":" + ref.id(), name));
        return choices;
    }
}
