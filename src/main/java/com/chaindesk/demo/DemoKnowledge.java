package com.chaindesk.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.knowledge.ArticleDetail;
import com.chaindesk.knowledge.ArticleDraft;
import com.chaindesk.knowledge.ArticleFileRef;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;
import com.chaindesk.knowledge.KnowledgeAuthoring;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.imageio.ImageIO;

/**
 * The chain's knowledge base as HQ, the regions and a few stores wrote it: FAQs, how-tos and troubleshooting guides
 * for every ticket category, mostly in simplified Chinese, the Taiwan region's in Taiwan's traditional wording, some
 * in English, with regional and store articles that replace HQ ones for their scope. The texts live in
 * {@code demo/knowledge-articles.yaml}; each goes through {@link KnowledgeAuthoring} like an author's would.
 */
@Component
class DemoKnowledge implements DemoStep {

	static final String ARTICLES = "demo/knowledge-articles.yaml";

	private final KnowledgeAuthoring authoring;
	private final OrgDirectory org;

	DemoKnowledge(KnowledgeAuthoring authoring, OrgDirectory org) {
		this.authoring = authoring;
		this.org = org;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void load() {
		Map<String, Long> ids = new HashMap<>();
		for (Map<String, Object> entry : entries()) {
			ArticleDraft draft = draft(entry, ids);
			String status = (String) entry.getOrDefault("status", "published");
			ArticleDetail written = switch (status) {
				case "draft" -> authoring.draft(draft);
				case "review" -> {
					ArticleDetail drafted = authoring.draft(draft);
					yield authoring.submit(drafted.id(), drafted.version());
				}
				default -> entry.containsKey("image") ? withPanelPicture(draft, String.valueOf(entry.get("image")))
						: authoring.publish(draft);
			};
			ids.put((String) entry.get("key"), written.id());
		}
	}

	/** Drafts the article, attaches a picture of the device panel showing the code, shows it in the text, publishes. */
	private ArticleDetail withPanelPicture(ArticleDraft draft, String code) {
		ArticleDetail drafted = authoring.draft(draft);
		ArticleFileRef picture = authoring.attach(drafted.id(), "IMAGE", "panel-" + code + ".png", "image/png", panel(code));
		ArticleDraft shown = new ArticleDraft(draft.chapter(), draft.replaces(), draft.kind(), draft.category(), draft.tags(),
				draft.language(), draft.title(), draft.body() + "\n\n![" + code + "](" + picture.url() + ")", draft.steps());
		ArticleDetail edited = authoring.edit(drafted.id(), drafted.version(), shown);
		ArticleDetail submitted = authoring.submit(edited.id(), edited.version());
		return authoring.approve(submitted.id(), submitted.version());
	}

	/** A receipt printer's status panel with its red light on and the code on the display. */
	static byte[] panel(String code) {
		BufferedImage image = new BufferedImage(480, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(0xE9ECEF));
			g.fillRect(0, 0, 480, 200);
			g.setColor(new Color(0x343A40));
			g.fillRoundRect(20, 20, 440, 160, 24, 24);
			g.setColor(new Color(0x9EC5A0));
			g.fillRect(50, 50, 250, 100);
			g.setColor(new Color(0x1B3A1C));
			g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 56));
			g.drawString(code, 70, 120);
			g.setColor(new Color(0xDC3545));
			g.fillOval(340, 60, 36, 36);
			g.setColor(new Color(0x198754).darker());
			g.fillOval(340, 110, 36, 36);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
			g.drawString("ERROR", 388, 84);
			g.drawString("POWER", 388, 134);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> entries() {
		try (InputStream in = new ClassPathResource(ARTICLES).getInputStream()) {
			return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	private ArticleDraft draft(Map<String, Object> e, Map<String, Long> ids) {
		Long replaces = e.get("replaces") == null ? null : ids.get((String) e.get("replaces"));
		if (e.get("replaces") != null && replaces == null) {
			throw new IllegalStateException("Demo article " + e.get("key") + " replaces an article not written yet: " + e.get("replaces"));
		}
		List<GuideStep> steps = new ArrayList<>();
		for (Object step : (List<Object>) e.getOrDefault("steps", List.of())) {
			if (step instanceof Map<?, ?> branch) {
				steps.add(new GuideStep(steps.size() + 1, (String) branch.get("text"), (Integer) branch.get("next")));
			}
			else {
				steps.add(new GuideStep(steps.size() + 1, (String) step, null));
			}
		}
		return new ArticleDraft(chapter((String) e.get("chapter")), replaces, ArticleKind.valueOf((String) e.get("kind")),
				(String) e.get("category"), (List<String>) e.getOrDefault("tags", List.of()), (String) e.get("language"),
				(String) e.get("title"), ((String) e.get("body")).strip(), steps);
	}

	/** {@code region:TW} and {@code store:SH-XH-01} in the file name regions and stores by code. */
	private String chapter(String named) {
		if (named.startsWith("region:")) {
			String code = named.substring(7);
			return "region:" + org.regions().stream().filter(r -> r.code().equals(code)).map(RegionRef::id).findFirst()
					.orElseThrow(() -> new IllegalStateException("No demo region " + code));
		}
		if (named.startsWith("store:")) {
			String code = named.substring(6);
			return "store:" + org.storeByCode(code).orElseThrow(() -> new IllegalStateException("No demo store " + code)).id();
		}
		return named;
	}
}
