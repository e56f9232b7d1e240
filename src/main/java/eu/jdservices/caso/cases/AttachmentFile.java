package eu.jdservices.caso.cases;

/**
 * The stored bytes of one attachment of a case, for downloading.
 *
 * @param name file name as the mail gave it
 * @param contentType MIME type as the mail declared it (not to be trusted)
 * @param content the decoded bytes
 */
public record AttachmentFile(String name, String contentType, byte[] content) {
}
