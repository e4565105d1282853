package org.asylon.app.letter;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asylon.app.register.RegisterService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Request letters. What a person types is used to write one response and then forgotten: it is
 * not stored, not logged and not sent anywhere; the endpoint keeps no session and sets no cookie.
 */
@Controller
public class LetterController {

    private final RegisterService register;
    private final RequestCatalogue requests;
    private final Clock clock;

    public LetterController(RegisterService register, RequestCatalogue requests, Clock clock) {
        this.register = register;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/plain/{id}/letter")
    String form(@PathVariable String id, @RequestParam(required = false) String request, Principal principal, Model model) {
        RegisterService.DeploymentView view = view(id, principal);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new LetterForm(id, view.profile().name(), choices(id), request,
                new PersonalDetails("", "", "", "", today), today.toString(), List.of()));
        return "plain/letterForm";
    }

    @PostMapping("/plain/{id}/letter")
    Object letter(@PathVariable String id, @RequestParam(defaultValue = "") String request,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String address,
                  @RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String dateOfBirth,
                  @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "html") String format,
                  Principal principal, Locale locale, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        RegisterService.DeploymentView view = view(id, principal);
        List<LetterForm.Choice> choices = choices(id);
        List<String> errors = new ArrayList<>();
        LetterForm.Choice choice = choices.stream().filter(c -> c.value().equals(request)).findFirst().orElse(null);
        if (choice == null) {
            errors.add("letter.error.request");
        }
        if (name.isBlank()) {
            errors.add("letter.error.name");
        }
        LocalDate sent = null;
        try {
            sent = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            errors.add("letter.error.date");
        }
        PersonalDetails details = new PersonalDetails(name, address, caseNumber, dateOfBirth, sent == null ? LocalDate.now(clock) : sent);
        if (!errors.isEmpty()) {
            model.addAttribute("form", new LetterForm(id, view.profile().name(), choices, request, details, date, errors));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "plain/letterForm";
        }
        LetterPair pair = compose(id, view.profile().name(), choice, details, locale.getLanguage());
        String file = "request-" + choice.kind() + "-" + id;
        return switch (format) {
            case "pdf" -> download(pair.pdf(), MediaType.APPLICATION_PDF, file + ".pdf");
            case "txt" -> download(pair.text().getBytes(StandardCharsets.UTF_8),
                    new MediaType("text", "plain", StandardCharsets.UTF_8), file + ".txt");
            default -> {
                model.addAttribute("pair", pair);
                model.addAttribute("form", new LetterForm(id, view.profile().name(), choices, request, details, date, errors));
                yield "plain/letter";
            }
        };
    }

    private LetterPair compose(String id, String system, LetterForm.Choice choice, PersonalDetails details, String writerLanguage) {
        Contacts contacts = requests.contacts(id).orElseThrow();
        Recipient recipient = contacts.recipients().get(choice.recipient());
        LegalBasis basis = requests.requestsFor(recipient).get(choice.kind());
        LetterComposer.Subject subject = new LetterComposer.Subject(system, recipient, choice.kind(), basis,
                requests.deadline(basis).orElse(null));
        LetterLanguage sentIn = requests.letterLanguage(recipient, writerLanguage).orElseThrow();
        Letter sent = LetterComposer.compose(subject, sentIn, details, null);
        LetterLanguage own = requests.language(writerLanguage).orElse(null);
        Letter translation = own == null || own.code().equals(sentIn.code()) ? null
                : LetterComposer.compose(subject, own, details, sentIn);
        return new LetterPair(sent, translation);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private RegisterService.DeploymentView view(String id, Principal principal) {
        return register.view(id, principal == null).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Every request Asylon can write for this deployment: per recipient with a letter language, each request its regimes allow. */
    private List<LetterForm.Choice> choices(String id) {
        List<LetterForm.Choice> choices = new ArrayList<>();
        requests.contacts(id).ifPresent(contacts -> {
            for (int index : requests.writableRecipients(contacts)) {
                Recipient recipient = contacts.recipients().get(index);
                for (String kind : requests.requestsFor(recipient).keySet()) {
                    choices.add(new LetterForm.Choice(index + ":" + kind, index, recipient.name(), kind));
                }
            }
        });
        return choices;
    }
}
