package io.enrollment.app.session;

import io.enrollment.app.fx.Screen;
import io.enrollment.app.i18n.Messages;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Insert the card, type the PIN, log in. Binds {@link LoginViewModel}; polls the card slot while shown. */
public final class LoginView implements Screen {
    private final LoginViewModel model;
    private final VBox root = new VBox(14);
    private final Timeline cardPoll;

    public LoginView(LoginViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().addAll("screen", "login");
        root.setAlignment(Pos.CENTER);
        Label heading = new Label(messages.get("login.heading"));
        heading.getStyleClass().add("screen-heading");
        Label card = new Label();
        card.setId("cardStatus");
        card.textProperty().bind(javafx.beans.binding.Bindings.when(model.cardPresentProperty())
                .then(messages.get("login.card.present")).otherwise(messages.get("login.card.absent")));
        PasswordField pin = new PasswordField();
        pin.setId("pinField");
        pin.setPromptText(messages.get("login.pin.prompt"));
        pin.setMaxWidth(260);
        pin.textProperty().bindBidirectional(model.pinProperty());
        pin.disableProperty().bind(model.busyProperty());
        Label pinLabel = new Label(messages.get("login.pin"));
        pinLabel.setLabelFor(pin);
        Button login = new Button(messages.get("login.button"));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.disableProperty().bind(model.busyProperty());
        login.setOnAction(e -> model.login());
        Label message = new Label();
        message.setId("loginMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.setAlignment(Pos.CENTER);
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((o, a, isError) -> message.getStyleClass().setAll(isError ? "message-error" : "message-info"));
        message.getStyleClass().setAll(model.errorProperty().get() ? "message-error" : "message-info");
        root.getChildren().addAll(heading, card, pinLabel, pin, login, message);
        cardPoll = new Timeline(new KeyFrame(Duration.millis(300), e -> model.refreshCard()));
        cardPoll.setCycleCount(Timeline.INDEFINITE);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void attach() {
        cardPoll.play();
        root.lookup("#pinField").requestFocus();
    }

    @Override
    public void detach() {
        cardPoll.stop();
    }
}
