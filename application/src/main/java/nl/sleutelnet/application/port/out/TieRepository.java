package nl.sleutelnet.application.port.out;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;

public interface TieRepository {

    Optional<Tie> findById(TieId id);

    /** All ties, for the network analysis. */
    List<Tie> findAll();

    /** The ties of one member. */
    List<Tie> findByMember(MemberRef member);

    /**
     * Stores a new or changed tie with the version check of {@link ThemeRepository#save}. A second tie between the same
     * two members is refused with a {@link nl.sleutelnet.domain.shared.DomainException} of kind CONFLICT.
     */
    Tie save(Tie tie);

    /** Removes a tie, if it still has the version the caller saw. */
    void delete(TieId id, long expectedVersion);
}
