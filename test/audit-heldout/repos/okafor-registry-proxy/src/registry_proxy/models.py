from django.db import models


class Package(models.Model):
    name = models.CharField(max_length=120)
    version = models.CharField(max_length=120)
    downloads = models.IntegerField(default=0)
    license = models.CharField(max_length=120)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Package #%s' % self.pk
