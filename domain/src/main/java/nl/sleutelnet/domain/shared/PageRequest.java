package nl.sleutelnet.domain.shared;

/** Which page to show: the number from 0 and at most {@value #MAX_SIZE} items. */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 25;

    public PageRequest {
        Invariants.require(number >= 0, "page.number.invalid", "The page number is 0 or more; it was %d.", number);
        Invariants.require(size >= 1 && size <= MAX_SIZE, "page.size.invalid",
                "A page holds 1 to %d items; %d were asked for.", MAX_SIZE, size);
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) number * size;
    }
}
