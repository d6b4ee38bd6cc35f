package nl.groepskracht.knowledge;

import java.util.Optional;
import org.springframework.data.domain.Page;

/**
 * A page of hits with what the search page shows beside them, from one reading of the text: the
 * "Bedoelde u …?" text, if a word was corrected. The page's total tells whether anything was found.
 */
public record HitPage(Page<SearchHit> hits, Optional<String> correction) {
}
