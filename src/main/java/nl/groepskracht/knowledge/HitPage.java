package nl.groepskracht.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of hits with what the search page shows beside them, from one reading of the text: the
 * "Bedoelde u …?" text, if a word was corrected. The page's total tells whether anything was found;
 * {@code unavailable}: the shared search index could not be reached (no hits, and none to be expected).
 */
public record HitPage(Page<SearchHit> hits, Optional<String> correction, boolean unavailable) {

    HitPage(Page<SearchHit> hits, Optional<String> correction) {
        this(hits, correction, false);
    }

    /** What a search gives while OpenSearch cannot be reached: nothing, and a say-so. */
    static HitPage unavailable(Pageable page) {
        return new HitPage(new PageImpl<>(List.of(), page, 0), Optional.empty(), true);
    }
}
