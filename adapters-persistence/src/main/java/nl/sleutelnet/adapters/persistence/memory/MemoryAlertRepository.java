package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.Optional;
import nl.sleutelnet.application.port.out.AlertRepository;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.temperature.Alert;
import nl.sleutelnet.domain.temperature.AlertId;

public final class MemoryAlertRepository implements AlertRepository {

    /** Open first, then newest first, then by id as the databases sort UUIDs (unsigned, as text). */
    static final Comparator<Alert> OPEN_FIRST = Comparator.comparing((Alert a) -> !a.isOpen())
            .thenComparing(Alert::at, Comparator.reverseOrder()).thenComparing(a -> a.id().value().toString());

    private final VersionedMap<AlertId, Alert> alerts = new VersionedMap<>("Alert", Alert::id, Alert::version,
            Alert::withVersion);

    @Override
    public Optional<Alert> findById(AlertId id) {
        return alerts.get(id);
    }

    @Override
    public Page<Alert> findAll(PageRequest page) {
        return Page.of(alerts.values().stream().sorted(OPEN_FIRST).toList(), page);
    }

    @Override
    public long countOpen() {
        return alerts.values().stream().filter(Alert::isOpen).count();
    }

    @Override
    public Alert save(Alert alert) {
        return alerts.save(alert, others -> {
        });
    }
}
