package nl.sleutelnet.domain.theme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import nl.sleutelnet.domain.shared.Invariants;

/**
 * A theme describes a kind of tension <em>in a neighbourhood</em> ("religie-gerelateerde spanningen",
 * "wij-zij-denken"), never a property of a person. Themes are reference data the administrator configures;
 * a theme that is no longer used is retired, not deleted, so that history keeps its meaning.
 */
public final class Theme {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 500;

    private final ThemeCode code;
    private final String name;
    private final String description;
    private final boolean active;
    private final int position;
    private final long version;

    private Theme(ThemeCode code, String name, String description, boolean active, int position, long version) {
        this.code = checkNotNull(code, "code");
        this.name = Invariants.requireText(name, MAX_NAME, "theme.name.invalid", "The name of a theme");
        this.description = description == null || description.isBlank() ? "" : description.strip();
        Invariants.require(this.description.length() <= MAX_DESCRIPTION, "theme.description.too-long",
                "The description of a theme may be at most %d characters.", MAX_DESCRIPTION);
        Invariants.require(position >= 0, "theme.position.invalid", "The position of a theme cannot be negative.");
        Invariants.require(version >= 0, "theme.version.invalid", "A version cannot be negative.");
        this.active = active;
        this.position = position;
        this.version = version;
    }

    /** A new, active theme, placed at {@code position} in lists. */
    public static Theme register(ThemeCode code, String name, String description, int position) {
        return new Theme(code, name, description, true, position, 0);
    }

    /** Rebuilds a stored theme; the same rules apply as for a new one. */
    public static Theme reconstitute(Snapshot s) {
        return new Theme(s.code(), s.name(), s.description(), s.active(), s.position(), s.version());
    }

    public Theme rename(String newName, String newDescription) {
        return new Theme(code, newName, newDescription, active, position, version);
    }

    /** Retires the theme: it stays in history but is no longer offered for new records. */
    public Theme retire() {
        return new Theme(code, name, description, false, position, version);
    }

    public Theme reactivate() {
        return new Theme(code, name, description, true, position, version);
    }

    public Theme moveTo(int newPosition) {
        return new Theme(code, name, description, active, newPosition, version);
    }

    public ThemeCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public int position() {
        return position;
    }

    /** The stored version this object was read as (0 for a new theme); the repository checks it on save. */
    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(code, name, description, active, position, version);
    }

    /** All state of a theme, for storage adapters. */
    public record Snapshot(ThemeCode code, String name, String description, boolean active, int position,
            long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Theme other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, version);
    }

    @Override
    public String toString() {
        return "Theme[" + code + " '" + name + "'" + (active ? "" : " retired") + " v" + version + "]";
    }
}
