package io.enrollment.app.enroll;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.i18n.Messages;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of {@code Receipt.fxml}: the package id (selectable, to copy), its size and fingerprint, and that it is queued. */
final class ReceiptView {
    private final PackageSubmitter.Submitted submitted;
    private final Messages m;
    private final Parent root;
    @FXML
    private TextField packageId;
    @FXML
    private Label state;
    @FXML
    private Label sha;
    @FXML
    private Label signer;

    ReceiptView(PackageSubmitter.Submitted s, Messages m) {
        this.submitted = s;
        this.m = m;
        this.root = Fxml.load(this, "Receipt.fxml", m);
    }

    @FXML
    private void initialize() {
        packageId.setText(submitted.item().id().toString());
        state.setText(m.get("receipt.queued", submitted.item().size(),
                m.get("queue.state." + submitted.item().state().name().toLowerCase(Locale.ROOT))));
        sha.setText(m.get("receipt.sha", submitted.item().sha256()));
        signer.setText(m.get("receipt.signer", submitted.signer()));
    }

    Parent root() {
        return root;
    }
}
