package io.enrollment.app.enroll;

import io.enrollment.app.fx.Views;
import io.enrollment.app.i18n.Messages;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The receipt: the package id (selectable, to copy), its size and fingerprint, and that it is queued. */
final class ReceiptView {
    private final VBox root = new VBox(12);

    ReceiptView(PackageSubmitter.Submitted s, Messages m) {
        TextField id = new TextField(s.item().id().toString());
        id.setId("receiptPackageId");
        id.setEditable(false);
        id.setPrefColumnCount(36);
        id.setMaxWidth(460);
        Label queued = new Label(m.get("receipt.queued", s.item().size(), m.get("queue.state." + s.item().state().name().toLowerCase(java.util.Locale.ROOT))));
        queued.setId("receiptState");
        Label sha = new Label(m.get("receipt.sha", s.item().sha256()));
        sha.setWrapText(true);
        root.getChildren().addAll(Views.heading(m.get("receipt.heading")), new Label(m.get("receipt.packageId")), id,
                queued, sha, new Label(m.get("receipt.signer", s.signer())), new Label(m.get("receipt.next")));
    }

    Parent root() {
        return root;
    }
}
