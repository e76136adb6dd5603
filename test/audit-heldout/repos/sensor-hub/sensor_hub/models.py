from django.db import models


class Reading(models.Model):
    sensor_id = models.CharField(max_length=120)
    value = models.FloatField(default=0.0)
    unit = models.CharField(max_length=120)
    recorded_at = models.DateField(blank=True, null=True)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Reading #%s' % self.pk
