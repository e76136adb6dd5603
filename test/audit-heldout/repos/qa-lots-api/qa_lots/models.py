from django.db import models


class Batch(models.Model):
    lot = models.CharField(max_length=120)
    produced_on = models.DateField(blank=True, null=True)
    units = models.IntegerField(default=0)
    grade = models.CharField(max_length=120)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Batch #%s' % self.pk
