package io.hms.admin;

/**
 * A refused request, answered as {@code application/problem+json} (RFC 9457): the status, what is wrong,
 * the field or parameter at fault when there is one, and how to fix it. Nothing was changed.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String field;
    private final String fix;

    Problem(int status, String title, String detail, String field, String fix) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
        this.fix = fix;
    }

    static Problem badRequest(String detail, String field, String fix) {
        return new Problem(400, "Bad request", detail, field, fix);
    }

    static Problem notFound(String detail, String fix) {
        return new Problem(404, "Not found", detail, null, fix);
    }

    String fix() {
        return fix;
    }

    int status() {
        return status;
    }

    /** The JSON body. */
    Body body(String instance) {
        return new Body("urn:hms:problem:" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                title, status, getMessage(), instance, field, fix);
    }

    /**
     * The problem document.
     *
     * @param type     a URI naming the kind of problem
     * @param title    the kind, in words
     * @param status   the HTTP status
     * @param detail   what was wrong with this request
     * @param instance the request's path
     * @param field    the field, parameter or header at fault, or null
     * @param fix      what to do instead, or null
     */
    record Body(String type, String title, int status, String detail, String instance, String field, String fix) {
    }
}
