package org.entente.serve.pages;

import java.util.Map;

/**
 * What a page handler decides: the HTTP status, the template that renders it, which item of
 * the navigation it belongs to (empty: none) and the values the template shows.
 */
record Page(int status, String template, String section, Map<String, Object> model) {

    static Page of(String template, String section, Map<String, Object> model) {
        return new Page(200, template, section, model);
    }

    static Page notFound(String what) {
        return new Page(404, "not-found", "", Map.of("what", what));
    }
}
