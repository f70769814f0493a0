package dev.penny.platform.media;

/** What serving an image needs: its type, its hash (the ETag) and its bytes. */
public record ImageContent(String contentType, String sha256, byte[] bytes) {}
