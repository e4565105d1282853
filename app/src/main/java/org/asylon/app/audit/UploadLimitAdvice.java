package org.asylon.app.audit;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the server's multipart limit fails before any controller sees it; the person is
 * sent back to the audit intake form, which says what the limit is.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge() {
        return "redirect:/audits?tooLarge";
    }
}
