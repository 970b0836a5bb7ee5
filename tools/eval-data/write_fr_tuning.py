# Writes written-fr-tuning.jsonl: French promotion and dialogue written for this project, a tuning set (see README.md).
import hashlib, json
PROMO = """\
Nouvelle collection printemps : robes, vestes et sandales à partir de 19,99 €. Rendez-vous en boutique ou sur notre site.
Téléchargez notre application et profitez de la livraison offerte sur votre première commande.
Essayez Premium gratuitement pendant 30 jours, sans engagement.
Organisez vos journées en un clin d'œil : tâches, rappels et agenda réunis dans une seule app.
Ventes privées : jusqu'à -50 % sur une sélection de canapés, seulement ce week-end.
Inscrivez-vous à notre newsletter et recevez 10 € de réduction sur votre prochain achat.
Jeu concours 🎁 Like ce post et identifie deux amis pour tenter de gagner un week-end à Biarritz !
Découvre la nouvelle saveur framboise, en exclusivité dans nos magasins ce mois-ci.
Le forfait 100 Go à 9,99 €/mois pendant un an. Offre valable jusqu'au 15 mars.
Réservez votre table pour la Saint-Valentin : menu trois plats à 45 € par personne.
Simplifiez votre comptabilité : factures, devis et relances automatiques en quelques clics.
Black Friday chez nous : tout le rayon high-tech à prix cassés, dans la limite des stocks disponibles.
Votre café préféré vous attend : le deuxième est offert tous les mardis avec la carte fidélité.
Apprenez l'anglais en 10 minutes par jour avec la méthode la plus simple du marché. Premier mois gratuit.
C'est le moment de changer de voiture : reprise de votre ancien véhicule au meilleur prix, venez nous voir.
Gérez tous vos abonnements au même endroit et économisez jusqu'à 200 € par an.
Disponible dès maintenant sur l'App Store et Google Play.
Participez à notre atelier cuisine samedi prochain, places limitées, inscription sur le site.
Offrez-vous le confort d'un matelas haut de gamme à moitié prix jusqu'à dimanche.
Profite de -15 % sur toute la boutique avec le code ETE15 !
Plus que 3 jours pour bénéficier de nos tarifs de lancement. Ne tardez pas !
Commandez avant midi, livré demain chez vous.
Scannez, signez et envoyez vos documents depuis votre téléphone, sans imprimante.
Le meilleur de la musique en illimité, sans publicité, pour 4,99 € par mois.
Rejoignez plus de 50 000 entreprises qui font confiance à notre logiciel. Demandez votre démo gratuite.
Notre nouveau parfum est arrivé : une note boisée et fraîche, à découvrir en parfumerie.
Soirée dégustation jeudi au caveau : entrée libre, venez découvrir nos vins de Loire !
Transformez vos photos en œuvres d'art grâce à nos filtres exclusifs. Essai gratuit de 7 jours.
Abonne-toi à la chaîne pour ne rien rater de nos prochaines vidéos !
Le pack rentrée : cartable, trousse et agenda pour seulement 29 €.
Vous rêvez de vacances au soleil ? Partez en Crète dès 499 € tout compris, réservation en ligne.
Suivez vos dépenses, fixez des objectifs d'épargne et atteignez-les plus vite.
Livraison gratuite dès 35 € d'achat, retours offerts pendant 30 jours.
Cette semaine seulement, votre deuxième paire de lunettes pour 1 € de plus.
Passez à la fibre : 300 Mb/s pour 19,99 € par mois la première année.
Des recettes saines et rapides chaque jour : téléchargez l'appli et cuisinez malin.
Tentez votre chance : 10 trottinettes électriques à gagner jusqu'au 30 juin.
Ouverture de notre nouvelle boutique à Nantes samedi : -20 % pour les 100 premiers clients !
Protégez votre famille avec l'assurance habitation la moins chère du marché. Devis en 2 minutes.
Créez votre site web en quelques minutes, sans aucune compétence technique.
""".strip().splitlines()
DIALOGUE = """\
Bonjour Julie, désolés pour ce retard de livraison. Pouvez-vous nous donner votre numéro de commande en MP ?
Redémarrez votre box puis dites-nous si la connexion revient.
Vérifiez que l'application est à jour, puis reconnectez-vous avec vos identifiants habituels.
Merci pour votre message ! La livraison est gratuite dès 35 € d'achat, comme indiqué sur le site.
Bonjour, je voudrais savoir si le parfum existe aussi en 50 ml ?
Je n'arrive pas à me connecter depuis hier soir, pouvez-vous m'aider ?
Merci beaucoup pour votre retour, ravis que la nouvelle collection vous plaise !
Nous avons bien reçu votre demande de remboursement, elle sera traitée sous 48 heures.
Envoyez-moi le lien du formulaire s'il vous plaît.
Le code promo ne fonctionne pas sur mon panier, c'est normal ?
Bonsoir, votre colis a été remis au transporteur ce matin, vous recevrez un SMS avant la livraison.
Essayez de vider le cache de votre navigateur et tenez-nous au courant.
Nous sommes navrés pour la gêne occasionnée. Un technicien passera jeudi entre 8 h et 12 h.
Oui, vous pouvez changer de forfait à tout moment depuis votre espace client.
Merci d'avoir pris le temps de nous écrire, nous transmettons votre remarque à l'équipe.
Avez-vous essayé de débrancher le boîtier quelques minutes ?
J'ai commandé un canapé il y a trois semaines et toujours rien, c'est inadmissible.
Connectez-vous à votre espace client, rubrique Factures, pour télécharger votre facture.
C'est noté, nous vous rappelons demain matin pour faire le point.
Bonjour Marc, l'offre dont vous parlez est terminée depuis dimanche, désolés.
Tu peux me dire à quelle heure ferme le magasin samedi ?
Pas de souci, votre rendez-vous est décalé à mardi 10 h.
Merci pour la photo ! Vous avez bien choisi, c'est aussi notre modèle préféré.
Est-ce que je peux retourner un article acheté en solde ?
Désolés, ce modèle n'est plus disponible en taille 38. Souhaitez-vous être prévenue de son retour ?
Réinstallez l'application puis réessayez, cela règle le problème dans la plupart des cas.
Bonne nouvelle : votre dossier est complet, vous recevrez votre carte sous 10 jours.
Pouvez-vous préciser le modèle de votre téléphone ?
Il semble que le paiement n'ait pas abouti, pouvez-vous réessayer avec une autre carte ?
Nous comprenons votre agacement, un conseiller va vous contacter aujourd'hui.
Suivez le lien reçu par e-mail pour réinitialiser votre mot de passe, et écrivez-nous si besoin.
Merci à vous d'être venus si nombreux hier soir, quelle belle soirée !
Je confirme, la commande est bien partie hier.
Votre remboursement de 49,90 € a été effectué sur votre carte ce matin.
Bonjour, notre service client est joignable du lundi au samedi de 9 h à 19 h.
Ah mince ! Envoyez-nous une photo du produit abîmé en message privé, on s'en occupe.
Il faudrait que je change l'adresse de livraison, c'est encore possible ?
Félicitations pour votre mariage, et merci d'avoir choisi nos alliances !
Notez que le magasin sera exceptionnellement fermé lundi pour inventaire.
Consultez la page d'aide sur les retours, tout y est expliqué, et revenez vers nous si besoin.
""".strip().splitlines()
rows = [("promo", t) for t in PROMO] + [("dialogue", t) for t in DIALOGUE]
with open("written-fr-tuning.jsonl", "w", encoding="utf-8") as out:
    for label, text in rows:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        out.write(json.dumps({"id": f"written-fr:{key}", "text": text, "lang": "fr", "label": label, "clear": label == "promo"}, ensure_ascii=False) + "\n")
