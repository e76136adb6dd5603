from django.db import models


class Shipment(models.Model):
    tracking_code = models.CharField(max_length=120)
    carrier = models.CharField(max_length=120)
    weight_grams = models.IntegerField(default=0)
    destination = models.CharField(max_length=120)
    shipped_at = models.DateField(blank=True, null=True)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Shipment #%s' % self.pk
