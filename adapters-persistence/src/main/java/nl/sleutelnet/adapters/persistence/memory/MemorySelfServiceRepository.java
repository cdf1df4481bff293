package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.sleutelnet.application.port.out.SelfServiceRepository;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.selfservice.DataSubjectRequest;
import nl.sleutelnet.domain.selfservice.PersonalLink;
import nl.sleutelnet.domain.shared.DomainException;

public final class MemorySelfServiceRepository implements SelfServiceRepository {

    private final Map<String, PersonalLink> links = new ConcurrentHashMap<>();
    private final VersionedMap<UUID, DataSubjectRequest> requests = new VersionedMap<>("Request",
            DataSubjectRequest::id, DataSubjectRequest::version, (r, v) -> new DataSubjectRequest(r.id(),
                    r.keyPerson(), r.kind(), r.text(), r.submittedAt(), r.handledAt(), r.handledBy(), v));

    @Override
    public void saveLink(PersonalLink link) {
        if (links.putIfAbsent(link.tokenHash(), link) != null) {
            throw DomainException.conflict("storage.duplicate", "This link was stored already.");
        }
    }

    @Override
    public Optional<PersonalLink> findLinkByTokenHash(String tokenHash) {
        return Optional.ofNullable(links.get(tokenHash));
    }

    @Override
    public List<PersonalLink> findLinks(KeyPersonId keyPerson) {
        return links.values().stream().filter(l -> l.keyPerson().equals(keyPerson))
                .sorted(Comparator.comparing(PersonalLink::issuedAt).reversed().thenComparing(PersonalLink::id))
                .toList();
    }

    @Override
    public DataSubjectRequest saveRequest(DataSubjectRequest request) {
        return requests.save(request, others -> {
        });
    }

    @Override
    public Optional<DataSubjectRequest> findRequest(UUID id) {
        return requests.get(id);
    }

    @Override
    public List<DataSubjectRequest> findRequests(KeyPersonId keyPerson) {
        return requests.values().stream().filter(r -> r.keyPerson().equals(keyPerson)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<DataSubjectRequest> findOpenRequests() {
        return requests.values().stream().filter(DataSubjectRequest::isOpen).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public void forget(KeyPersonId keyPerson) {
        links.values().removeIf(l -> l.keyPerson().equals(keyPerson));
        findRequests(keyPerson).forEach(r -> requests.remove(r.id(), r.version()));
    }

    private static final Comparator<DataSubjectRequest> OLDEST_FIRST = Comparator
            .comparing(DataSubjectRequest::submittedAt).thenComparing(DataSubjectRequest::id);
}
