package nl.sleutelnet.domain.shared;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param number the page, from 0
 * @param size   the most items on a page
 * @param total  the number of items on all pages together
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = ImmutableList.copyOf(items);
        Invariants.require(number >= 0, "page.number.invalid", "A page number is 0 or more.");
        Invariants.require(size >= 1, "page.size.invalid", "A page holds at least 1 item.");
    }

    /** The page of a complete list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.number() * request.size(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), request.number(), request.size(), all.size());
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), number, size, total);
    }
}
