package nl.sleutelnet.adapters.web.api;

/**
 * A change arrived without an {@code If-Match} header. The API answers {@code 428 Precondition Required} with the
 * code {@value #CODE}: every change must name the version it was based on, so that nobody's work is overwritten.
 */
final class IfMatchRequiredException extends RuntimeException {

    static final String CODE = "request.if-match.missing";

    IfMatchRequiredException() {
        super("Send the version you changed in an If-Match header (the ETag of the resource you read), "
                + "so that nobody's change is overwritten.");
    }
}
