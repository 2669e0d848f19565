package io.enrollment.app.session;

import io.enrollment.app.fx.Fxml;
import io.enrollment.app.fx.Screen;
import io.enrollment.app.i18n.Messages;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.util.Duration;

/** Controller of {@code Login.fxml}: insert the card, type the PIN, log in. Binds {@link LoginViewModel}; polls the card slot while shown. */
public final class LoginView implements Screen {
    private final LoginViewModel model;
    private final Messages messages;
    private final Parent root;
    private final Timeline cardPoll;
    @FXML
    private Label card;
    @FXML
    private Label pinLabel;
    @FXML
    private PasswordField pin;
    @FXML
    private Button login;
    @FXML
    private Label message;

    public LoginView(LoginViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.root = Fxml.load(this, "Login.fxml", messages);
        cardPoll = new Timeline(new KeyFrame(Duration.millis(300), e -> model.refreshCard()));
        cardPoll.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        card.textProperty().bind(Bindings.when(model.cardPresentProperty())
                .then(messages.get("login.card.present")).otherwise(messages.get("login.card.absent")));
        pinLabel.setLabelFor(pin);
        pin.textProperty().bindBidirectional(model.pinProperty());
        pin.disableProperty().bind(model.busyProperty());
        login.disableProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((o, a, isError) -> message.getStyleClass().setAll(isError ? "message-error" : "message-info"));
        message.getStyleClass().setAll(model.errorProperty().get() ? "message-error" : "message-info");
    }

    @FXML
    private void login() {
        model.login();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void attach() {
        cardPoll.play();
        pin.requestFocus();
    }

    @Override
    public void detach() {
        cardPoll.stop();
    }
}
