package nl.groepskracht.base.i18n;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload field's own texts ("Upload File...", "Drop file here", its errors and progress) in the UI's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Upload upload) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "add")).setMany(t(upload, "add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "drop")).setMany(t(upload, "drop-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(upload, "too-many"))
                        .setFileIsTooBig(t(upload, "too-big")).setIncorrectFileType(t(upload, "wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "connecting"))
                                .setStalled(t(upload, "stalled")).setProcessing(t(upload, "processing"))
                                .setHeld(t(upload, "held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "remaining"))
                                .setUnknown(t(upload, "remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(upload, "server-unavailable"))
                                .setUnexpectedServerError(t(upload, "server-error"))
                                .setForbidden(t(upload, "forbidden")).setFileTooLarge(t(upload, "too-big"))))
                .setFile(new UploadI18N.File().setRetry(t(upload, "retry")).setStart(t(upload, "start"))
                        .setRemove(t(upload, "remove")));
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation("i18n.upload." + key);
    }
}
