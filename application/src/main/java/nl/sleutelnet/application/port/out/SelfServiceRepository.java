package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.selfservice.DataSubjectRequest;
import nl.sleutelnet.domain.selfservice.PersonalLink;

/**
 * The "Mijn Sleutelnet" links (by the hash of their secret) and the requests key persons send through them. When a
 * key person is erased, their links and requests go with them (the erasure's work).
 */
public interface SelfServiceRepository {

    /** Stores a new link; a second link with the same hash is refused. */
    void saveLink(PersonalLink link);

    Optional<PersonalLink> findLinkByTokenHash(String tokenHash);

    /** The links of one key person, newest first. */
    List<PersonalLink> findLinks(KeyPersonId keyPerson);

    /** Stores a new request (version 0) or a changed one, with the version check of {@link ThemeRepository#save}. */
    DataSubjectRequest saveRequest(DataSubjectRequest request);

    Optional<DataSubjectRequest> findRequest(UUID id);

    /** The requests of one key person, oldest first. */
    List<DataSubjectRequest> findRequests(KeyPersonId keyPerson);

    /** The requests not yet handled, oldest first. */
    List<DataSubjectRequest> findOpenRequests();

    /** Removes every link and request of one key person (their erasure): nothing of them stays here. */
    void forget(KeyPersonId keyPerson);
}
