package eu.jdservices.caso.knowledge;

/**
 * A customer followed a link of a suggestion in an acknowledgement: the article answered
 * their question ({@code helpful}), or it did not.
 *
 * @param caseNumber the case the article was suggested for
 * @param articleId the article
 * @param title its title, in the language it was suggested in
 * @param url its public address
 * @param helpful whether it answered the question
 */
public record SuggestionAnswered(long caseNumber, long articleId, String title, String url, boolean helpful) {
}
