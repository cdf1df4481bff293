package nl.sleutelnet.bootstrap.support;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * The answer Tomcat itself gives to a request it refuses before Sleutelnet sees it (an address with a null byte or an
 * encoded slash, a request line or header that is too long): for the API a problem+json like every other refusal,
 * saying what to fix; for pages Tomcat's own short page, without server details.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getRequestURI();
        boolean api = uri == null || uri.startsWith("/api/");
        if (!api || status < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        String body = "{\"type\":\"about:blank\",\"title\":\"" + reason(status) + "\",\"status\":" + status
                + ",\"detail\":\"The request could not be read: check the address (no control characters or encoded "
                + "slashes, at most a few thousand characters) and the headers.\",\"code\":\"request.malformed\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was already committed: nothing more to say
        }
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
