package io.hms.admin;

import java.nio.charset.StandardCharsets;

/** A whole answer: status, content type and body. */
record Response(int status, String contentType, byte[] body) {

    /** What a handler returns when it wrote its answer itself (the event stream). */
    static final Response SENT = new Response(0, "", new byte[0]);

    static Response text(int status, String contentType, String body) {
        return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
