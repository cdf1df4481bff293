package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.shared.Page;

public final class MemoryKeyPersonRepository implements KeyPersonRepository {

    /** By name ignoring case, then id: the order of every list of key persons, in both adapters. */
    static final Comparator<KeyPerson> BY_NAME = Comparator
            .comparing((KeyPerson k) -> k.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(k -> k.id().value());

    private final VersionedMap<KeyPersonId, KeyPerson> keyPersons = new VersionedMap<>("Key person", KeyPerson::id,
            KeyPerson::version, (k, v) -> {
                KeyPerson.Snapshot s = k.snapshot();
                return KeyPerson.reconstitute(new KeyPerson.Snapshot(s.id(), s.profile(), s.legalBasis(),
                        s.nomination(), s.lastContact(), s.history(), v));
            });

    @Override
    public Optional<KeyPerson> findById(KeyPersonId id) {
        return keyPersons.get(id);
    }

    @Override
    public List<KeyPerson> findAll() {
        return keyPersons.values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public Page<KeyPerson> search(Search search) {
        return Page.of(keyPersons.values().stream().filter(matches(search)).sorted(BY_NAME).toList(), search.page());
    }

    private static Predicate<KeyPerson> matches(Search search) {
        return k -> (search.neighbourhood() == null || k.profile().neighbourhoods().contains(search.neighbourhood()))
                && (search.theme() == null || k.profile().themes().contains(search.theme()))
                && (search.status() == null || k.status() == search.status())
                && (search.within() == null || search.within().isEmpty()
                        || k.profile().neighbourhoods().stream().anyMatch(search.within()::contains))
                && (search.text() == null || contains(k.displayName(), search.text())
                        || contains(k.profile().contact().email(), search.text()));
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    @Override
    public KeyPerson save(KeyPerson keyPerson) {
        return keyPersons.save(keyPerson, others -> {
        });
    }
}
