package com.chaindesk.assist.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.assist.MediaRejected;
import com.chaindesk.assist.MediaUpload;
import com.chaindesk.assist.PhotoReader;
import com.chaindesk.assist.PhotoReading;
import com.chaindesk.assist.VoiceNoteReader;
import com.chaindesk.assist.VoiceReading;
import com.chaindesk.config.Settings;
import com.chaindesk.config.StandardSettings;
import com.chaindesk.config.TicketCategory;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.TicketAccess;
import com.chaindesk.ticket.TicketCategories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Fills in a ticket from what a reporter typed, photographed or said: the photo's text and error codes and the voice
 * note's transcript join the typed text, the classifier suggests category, device and severity, the impact and
 * urgency policy settles the priority, and open tickets it may duplicate are listed. A broken photo or voice note
 * is refused naming its field; an OCR or speech engine in trouble only costs that part, with a warning.
 */
@Service
public class TicketDrafting {

	public static final int TEXT_MAX = 10_000;
	private static final double DEVICE_SURE = 0.5;
	private static final Logger log = LoggerFactory.getLogger(TicketDrafting.class);

	private final ProblemClassifier classifier;
	private final PhotoReader photos;
	private final VoiceNoteReader voices;
	private final SimilarTickets similar;
	private final TicketCategories categories;
	private final OrgDirectory directory;
	private final Settings settings;
	private final TicketAccess access;
	private final MessageSource messages;

	TicketDrafting(ProblemClassifier classifier, PhotoReader photos, VoiceNoteReader voices, SimilarTickets similar,
			TicketCategories categories, OrgDirectory directory, Settings settings, TicketAccess access, MessageSource messages) {
		this.classifier = classifier;
		this.photos = photos;
		this.voices = voices;
		this.similar = similar;
		this.categories = categories;
		this.directory = directory;
		this.settings = settings;
		this.access = access;
		this.messages = messages;
	}

	public TicketDraft draft(DraftRequest request, Locale locale) {
		check(request);
		Actor actor = CurrentActor.get();
		StoreRef store = storeOf(request.store(), actor);
		List<String> warnings = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		String text = request.text() == null ? "" : request.text().strip();
		String photoText = request.image() == null ? "" : readPhoto(request.image(), codes, warnings, locale);
		String voiceText = request.audio() == null ? "" : readVoice(request.audio(), warnings, locale);
		String everything = String.join("\n", nonBlank(text, photoText, voiceText));
		codes.addAll(ErrorCodes.in(everything));
		List<String> errorCodes = List.copyOf(codes);

		String category = null;
		String categoryName = null;
		Double confidence = null;
		Level confidenceLevel = null;
		String device = null;
		ImpactUrgencyPolicy.Assessment assessment = null;
		Optional<ProblemGuess> guess = classifier.guess(everything);
		if (everything.isBlank()) {
			warnings.add(messages.getMessage("draft.warning.nothing-read", null, locale));
		}
		else if (guess.isEmpty()) {
			warnings.add(messages.getMessage("draft.warning.model-loading", null, locale));
		}
		else {
			List<TicketCategory> tree = store == null ? settings.effective(StandardSettings.TICKET_CATEGORIES, OrgScope.hq()) : categories.of(store);
			for (var entry : guess.get().categories().entrySet()) {
				Optional<TicketCategory> known = TicketCategories.find(tree, entry.getKey());
				if (known.isPresent()) {
					category = entry.getKey();
					categoryName = known.get().name(locale);
					confidence = Math.round(entry.getValue() * 1000) / 1000.0;
					confidenceLevel = confidence >= 0.75 ? Level.HIGH : confidence >= 0.5 ? Level.MEDIUM : Level.LOW;
					break;
				}
			}
			if (guess.get().device() != null && guess.get().deviceConfidence() >= DEVICE_SURE) {
				device = DeviceNames.of(guess.get().device(), locale);
			}
			assessment = ImpactUrgencyPolicy.assess(ProblemText.normalise(everything), guess.get().severity());
		}
		String subjectSource = !text.isEmpty() ? text : !voiceText.isEmpty() ? voiceText : photoText;
		String subject = CleanSubject.of(subjectSource, errorCodes);
		String description = description(text, photoText, voiceText, locale);
		List<SimilarTicket> similarTickets = similar.find(store, ProblemText.normalise(everything), category, errorCodes,
				actor, locale);
		String recognized = String.join("\n", nonBlank(photoText, voiceText));
		return new TicketDraft(store == null ? null : store.id(), category, categoryName,
				assessment == null ? null : assessment.priority(), assessment == null ? null : assessment.impact(),
				assessment == null ? null : assessment.urgency(), device, subject, description, confidence,
				confidenceLevel, similarTickets, recognized.isEmpty() ? null : recognized, errorCodes, warnings);
	}

	private static void check(DraftRequest request) {
		if (request.text() == null && request.image() == null && request.audio() == null) {
			throw new DraftRefused("text", "Give a text, an image or an audio note.");
		}
		if (request.text() != null && request.text().isBlank() && request.image() == null && request.audio() == null) {
			throw new DraftRefused("text", "must not be blank");
		}
		if (request.text() != null && request.text().length() > TEXT_MAX) {
			throw new DraftRefused("text", "at most " + TEXT_MAX + " characters");
		}
		for (MediaUpload upload : new MediaUpload[] { request.image(), request.audio() }) {
			if (upload != null && upload.bytes().length == 0) {
				throw new MediaRejected(upload.field(), MediaRejected.Reason.CORRUPT, "the file is empty");
			}
		}
	}

	/** The store the ticket is for: the named one if the reporter may open tickets there, else their own. */
	private StoreRef storeOf(Long requested, Actor actor) {
		if (actor.scope().level() == OrgScope.Level.VENDOR) {
			// Vendors work tickets, they never report them; and similar tickets would show them every store's.
			throw new OutsideScope("Vendors do not report store problems");
		}
		Long id = requested != null ? requested : actor.scope().storeId();
		if (id == null) {
			return null;
		}
		StoreRef store = directory.store(id).orElseThrow(() -> new NotFound("store", id));
		if (!access.mayOpenFor(actor, store.id(), store.regionId())) {
			throw new OutsideScope("Store " + id + " is outside your scope");
		}
		return store;
	}

	private String readPhoto(MediaUpload image, Set<String> codes, List<String> warnings, Locale locale) {
		try {
			PhotoReading reading = photos.read(image);
			warnings.addAll(reading.warnings());
			reading.errorCodes().forEach(code -> codes.add(ErrorCodes.canonical(code)));
			return reading.text() == null ? "" : reading.text().strip();
		}
		catch (MediaRejected e) {
			throw e;
		}
		catch (RuntimeException e) {
			log.warn("Reading a photo failed: {}", e.toString());
			warnings.add(messages.getMessage("draft.warning.photo-failed", null, locale));
			return "";
		}
	}

	private String readVoice(MediaUpload audio, List<String> warnings, Locale locale) {
		try {
			VoiceReading reading = voices.read(audio);
			warnings.addAll(reading.warnings());
			if (!reading.recognized() || reading.text() == null || reading.text().isBlank()) {
				if (reading.warnings().isEmpty()) {
					warnings.add(messages.getMessage("draft.warning.voice-unrecognised", null, locale));
				}
				return "";
			}
			return reading.text().strip();
		}
		catch (MediaRejected e) {
			throw e;
		}
		catch (RuntimeException e) {
			log.warn("Reading a voice note failed: {}", e.toString());
			warnings.add(messages.getMessage("draft.warning.voice-failed", null, locale));
			return "";
		}
	}

	private String description(String text, String photoText, String voiceText, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (!text.isEmpty()) {
			parts.add(text);
		}
		if (!voiceText.isEmpty()) {
			parts.add(messages.getMessage("draft.description.voice", new Object[] { voiceText }, locale));
		}
		if (!photoText.isEmpty()) {
			parts.add(messages.getMessage("draft.description.photo", new Object[] { photoText }, locale));
		}
		return String.join("\n\n", parts);
	}

	private static List<String> nonBlank(String... parts) {
		List<String> out = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				out.add(part);
			}
		}
		return out;
	}

}
