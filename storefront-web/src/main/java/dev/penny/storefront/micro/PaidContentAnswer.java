package dev.penny.storefront.micro;

import java.util.Map;

/** What a request for paid content is answered: status, headers and a JSON body. */
public record PaidContentAnswer(
    int status, Map<String, String> headers, String contentType, String body) {}
