package io.hms.admin;

import java.nio.charset.StandardCharsets;

/** A whole answer: status, content type and body. */
record Response(int status, String contentType, byte[] body) {

    static Response text(int status, String contentType, String body) {
        return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
