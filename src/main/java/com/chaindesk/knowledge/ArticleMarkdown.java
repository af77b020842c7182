package com.chaindesk.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Article Markdown as readers see it. Raw HTML an author types is shown as text, never run, and link targets such as
 * {@code javascript:} are dropped: anyone with a chapter may write, everyone in it reads.
 */
public final class ArticleMarkdown {

	/** Error codes as devices show them: E-03, E-1043, PRN-0x2A, ERR 105. */
	private static final Pattern ERROR_CODE = Pattern.compile("\\b([A-Z]{1,4}-(?:0x[0-9A-Fa-f]+|\\d{2,5}))\\b");

	/** Tables as authors write them in GitHub Markdown (which device is on which network, error code lists). */
	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
			.sanitizeUrls(true).attributeProviderFactory(context -> (node, tag, attributes) -> {
				if (node instanceof TableBlock) {
					attributes.put("class", "table table-sm table-bordered");
				}
			}).build();
	private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	private ArticleMarkdown() {
	}

	public static String html(String markdown) {
		return HTML.render(PARSER.parse(markdown == null ? "" : markdown));
	}

	/** Readable text: images and links keep their words and lose their addresses, which nobody searches for. */
	public static String plain(String markdown) {
		Node document = PARSER.parse(markdown == null ? "" : markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				keepWordsOnly(image);
			}

			@Override
			public void visit(Link link) {
				keepWordsOnly(link);
			}
		});
		return TEXT.render(document).strip();
	}

	private static void keepWordsOnly(Node node) {
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			node.insertBefore(child);
			child = next;
		}
		node.unlink();
	}

	/** The searchable text of a version: body and steps without Markdown. */
	public static String searchable(ArticleContent content) {
		StringBuilder text = new StringBuilder(plain(content.body()));
		for (GuideStep step : content.steps()) {
			text.append('\n').append(step.number()).append(". ").append(plain(step.instruction()));
		}
		return text.toString();
	}

	public static List<String> errorCodes(String... texts) {
		Set<String> codes = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			Matcher m = ERROR_CODE.matcher(text);
			while (m.find()) {
				codes.add(m.group(1));
			}
		}
		return new ArrayList<>(codes);
	}
}
