package nl.groepskracht.knowledge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupFilter;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupSummary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A dozen demo items across themes and wijken ({@code knowledge/demo-items.txt}), written by both
 * demo facilitators through the same services, one with a generated PDF draaiboek. Only when the
 * knowledge base is empty.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
class DemoKnowledge implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledge.class);
    private final KnowledgeService knowledge;
    private final KnowledgeAttachments attachments;
    private final KnowledgeItemRepository items;
    private final DirectoryService directory;
    private final GroupService groups;

    DemoKnowledge(KnowledgeService knowledge, KnowledgeAttachments attachments, KnowledgeItemRepository items,
            DirectoryService directory, GroupService groups) {
        this.knowledge = knowledge;
        this.attachments = attachments;
        this.items = items;
        this.directory = directory;
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (items.count() > 0) {
            return;
        }
        String text = new ClassPathResource("knowledge/demo-items.txt").getContentAsString(StandardCharsets.UTF_8);
        int created = 0;
        for (String block : text.replaceAll("(?m)^#.*\\n", "").split("(?m)^===\\n")) {
            create(block);
            created++;
        }
        log.info("{} demo knowledge items created", created);
    }

    private void create(String block) {
        String[] parts = block.split("(?m)^---\\n", 2);
        Map<String, String> header = new LinkedHashMap<>();
        parts[0].lines().filter(l -> l.contains(": ")).forEach(l -> header.put(l.substring(0, l.indexOf(": ")),
                l.substring(l.indexOf(": ") + 2).strip()));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                header.get("author"), null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.FACILITATOR))));
        try {
            var draft = new KnowledgeDraft();
            draft.setTitle(header.get("title"));
            draft.setSummary(header.get("summary"));
            draft.setBody(parts[1]);
            draft.setKind(KnowledgeKind.valueOf(header.get("kind")));
            draft.setThemeId(directory.allThemes().stream().filter(t -> t.code().equals(header.get("theme")))
                    .findFirst().orElseThrow().id());
            if (header.containsKey("wijk")) {
                draft.setWijkId(directory.allWijken().stream().filter(w -> w.name().equals(header.get("wijk")))
                        .findFirst().orElseThrow().id());
            }
            if (header.containsKey("group")) {
                draft.setGroupId(groups.list(GroupFilter.none(), PageRequest.of(0, 100)).stream()
                        .filter(g -> g.name().equals(header.get("group"))).map(GroupSummary::id).findFirst()
                        .orElse(null));
            }
            draft.setTags(Tags.parse(header.get("tags")));
            draft.setLicenceNote(header.get("licence"));
            long id = knowledge.create(draft);
            if (header.containsKey("attachment")) {
                byte[] pdf = draaiboek(draft.getBody());
                attachments.add(id, header.get("attachment"), pdf.length, new ByteArrayInputStream(pdf));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A one-page PDF "draaiboek" made from the approach's list of sessions. */
    static byte[] draaiboek(String approach) {
        List<String> lines = new java.util.ArrayList<>(List.of("Draaiboek Samen ouder blijven", "",
                "Per avond: inloop met koffie, terugblik, thema, oefening in tweetallen, afsluiting.",
                "Huiswerk: een moment kiezen om met de andere ouder over de overdracht te praten.", ""));
        approach.lines().filter(l -> l.matches("^\\d\\. .*")).forEach(lines::add);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
